import { webhookUrlProblem } from '../../../../shared/alerts.js';

/** How long a webhook may take to answer before the delivery counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 2000;

/** A delivery's outcome, as kept on the alert: 'sent' or 'failed: <why>'. */
export type WebhookStatus = 'sent' | `failed: ${string}`;

const MAX_STATUS_CHARS = 300;

function failed(why: string): WebhookStatus {
  const text = `failed: ${why}`;
  return (text.length > MAX_STATUS_CHARS ? `${text.slice(0, MAX_STATUS_CHARS - 1)}…` : text) as WebhookStatus;
}

/** Why a fetch threw, in words: a timeout, a refused connection, or the underlying cause. */
function describeFetchError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const code = e.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused (is the receiver running?)';
  return e.cause?.message || e.message || String(err);
}

/**
 * POST `body` as JSON to a local webhook and say how it went; never throws. Only 2xx counts as
 * sent. Redirects are not followed (they could lead off this machine), and the URL is checked
 * again here so a stored value can never send alerts elsewhere.
 */
export async function postWebhook(
  url: string,
  body: unknown,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<WebhookStatus> {
  const problem = webhookUrlProblem(url);
  if (problem) return failed(`refused: ${problem}`);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'ai-factory-alerts' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return 'sent';
    if (res.status >= 300 && res.status < 400)
      return failed(`HTTP ${res.status} (redirects are not followed)`);
    return failed(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  } catch (err) {
    return failed(describeFetchError(err, timeoutMs));
  }
}
