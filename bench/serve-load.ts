/**
 * One autocannon run against a URL, with its own latency record: autocannon's histogram keeps
 * whole milliseconds, too coarse for a 2 ms target, so every response time (a float, in ms) is
 * kept too and the percentiles are computed from those.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  /** Fixed request rate over all connections; none = as fast as the server answers. */
  overallRate?: number;
  headers?: Record<string, string>;
  /** Things to do during the run, at these times (ms after it starts). */
  during?: { atMs: number; run: () => Promise<unknown> }[];
}

export interface LoadResult {
  requests: number;
  /** 2xx responses per second over the run. */
  rps: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** From the raw response times, in ms. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Share of 2xx responses answered within 2 ms. */
  within2ms: number;
  /** autocannon's own (whole ms; with a fixed rate, corrected for coordinated omission). */
  acP50: number;
  acP99: number;
  seconds: number;
  /** epoch ms */
  startedAt: number;
  endedAt: number;
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const pending: Promise<unknown>[] = [];
  const startedAt = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.url,
        method: 'POST',
        body: o.body,
        headers: { 'content-type': 'application/json', ...o.headers },
        connections: o.connections,
        duration: o.seconds,
        ...(o.overallRate ? { overallRate: o.overallRate } : {}),
        timeout: 10,
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) times.push(responseTime);
    });
    for (const d of o.during ?? []) setTimeout(() => pending.push(d.run()), d.atMs);
  });
  await Promise.all(pending);
  const sorted = Float64Array.from(times).sort();
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(result.statusCodeStats ?? {}))
    statusCodes[code] = Number(v.count ?? 0);
  return {
    requests: result.requests.total,
    rps: times.length / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    within2ms: sorted.length ? times.filter((t) => t <= 2).length / sorted.length : 0,
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    acP50: result.latency.p50,
    acP99: result.latency.p99,
    seconds: result.duration,
    startedAt,
    endedAt: Date.now(),
  };
}
