/**
 * One load test of one model version: single-row TF-Serving-style requests with real rows (each
 * request the next row, round robin) at a fixed overall rate from several connections, after a
 * short warm-up; every response time is kept, so the percentiles are exact (autocannon's own
 * histogram keeps whole milliseconds).
 */
import autocannon from 'autocannon';
import type { LatencyResult } from '../../../../shared/evaluate.js';
import { latencyResult } from './latency-stats.js';

export interface LoadTestArgs {
  url: string;
  modelName: string;
  version: number;
  /** Raw rows (feature → value) to send, one per request. */
  rows: Record<string, unknown>[];
  rate: number;
  seconds: number;
  connections: number;
  signal?: AbortSignal;
  /** Called about every 250 ms with the share of the run done. */
  onProgress?: (fraction: number) => void;
}

function predictPath(name: string, version: number): string {
  return `/v1/models/${encodeURIComponent(name)}/versions/${version}:predict`;
}

/** Bodies for the rows (made once: serialising is the client's cost, not the server's). */
function bodies(rows: Record<string, unknown>[]): string[] {
  return rows.slice(0, 5000).map((r) => JSON.stringify({ instances: [r] }));
}

async function warmUp(url: string, path: string, body: string): Promise<void> {
  // Loads and warms the version in the server (explicit versions load on first use).
  for (let i = 0; i < 20; i++) {
    const res = await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`the server refused a test row (${res.status}): ${text.slice(0, 300)}`);
  }
}

export async function runLoadTest(a: LoadTestArgs): Promise<LatencyResult> {
  if (a.rows.length === 0) throw new Error('no rows to send');
  const path = predictPath(a.modelName, a.version);
  const all = bodies(a.rows);
  await warmUp(a.url, path, all[0] as string);
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: a.url,
        connections: a.connections,
        duration: a.seconds,
        overallRate: a.rate,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path,
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => {
              const body = all[next] as string;
              next = (next + 1) % all.length;
              return { ...req, body };
            },
          },
        ],
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) times.push(responseTime);
    });
    const tick = setInterval(() => {
      a.onProgress?.(Math.min(1, (performance.now() - started) / 1000 / a.seconds));
    }, 250);
    instance.on('done', () => clearInterval(tick));
    a.signal?.addEventListener('abort', () => instance.stop(), { once: true });
  });
  const errors = result.non2xx + result.errors + result.timeouts;
  return latencyResult({
    modelName: a.modelName,
    version: a.version,
    rate: a.rate,
    connections: a.connections,
    seconds: result.duration,
    times,
    requests: times.length + errors,
    errors,
  });
}
