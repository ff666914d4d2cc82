import { expect, type Page } from '@playwright/test';

/** Call an engine command over browser mode's HTTP API (the page's baseURL); its value, or an Error. */
export async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/api/commands/${name}`, { data: input });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name} failed: ${body.error?.message}`);
  return body.value;
}

export interface Job {
  id: string;
  status: string;
  result: Record<string, unknown> | null;
  error: { message: string } | null;
}

/** Wait until a job succeeds (a failed job fails the test with its message); the job record. */
export async function settle(page: Page, jobId: string, timeout = 90_000): Promise<Job> {
  await expect
    .poll(
      async () => {
        const job = await api<Job>(page, 'jobs.get', { id: jobId });
        if (job.status === 'failed') throw new Error(`job ${jobId} failed: ${job.error?.message}`);
        return job.status;
      },
      { timeout },
    )
    .toBe('succeeded');
  return api<Job>(page, 'jobs.get', { id: jobId });
}
