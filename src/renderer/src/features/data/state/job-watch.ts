import type { JobRecord } from '../../../../../shared/jobs';
import { isFinished } from '../../../lib/job-status';
import { useJobsStore } from '../../../store/jobs-store';
import { call } from '../../../transport/client';

const POLL_MS = 4000;

/**
 * Resolve with a job once it has finished. The engine's job.updated events fill the jobs store;
 * a slow poll of jobs.get covers an event lost while the connection was down.
 */
export function waitForJob(job: JobRecord): Promise<JobRecord> {
  useJobsStore.getState().upsert([job]);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setInterval> | null = null;
    let unsubscribe: () => void = () => {};
    let done = false;
    const check = (record: JobRecord | undefined): void => {
      if (done || !record || !isFinished(record.status)) return;
      done = true;
      unsubscribe();
      if (timer) clearInterval(timer);
      resolve(record);
    };
    unsubscribe = useJobsStore.subscribe((s) => check(s.byId[job.id]));
    timer = setInterval(() => {
      call('jobs.get', { id: job.id })
        .then((fresh) => useJobsStore.getState().upsert([fresh]))
        .catch(() => {});
    }, POLL_MS);
    check(useJobsStore.getState().byId[job.id]);
  });
}

/** The message of a job that did not succeed. */
export function jobFailure(job: JobRecord): string {
  if (job.status === 'cancelled') return 'Cancelled.';
  if (job.status === 'interrupted') return 'Interrupted: the engine stopped while it ran. Try again.';
  return job.error?.message ?? (job.message || `The job ${job.status}.`);
}
