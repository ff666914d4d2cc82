import type { LatencyResult } from '../../../../shared/evaluate.js';

/** Bucket edges (ms) of the latency histogram: fine below 5 ms, where local inference lives. */
export const HISTOGRAM_EDGES_MS = [0, 0.5, 1, 1.5, 2, 3, 4, 5, 7.5, 10, 15, 20, 30, 50, 100, 200, 500, 1000];

/** The q-quantile of sorted values (nearest rank); NaN when empty. */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

/** Counts per [lo, hi) bucket of HISTOGRAM_EDGES_MS; the last bucket takes everything above. */
export function latencyHistogram(times: ArrayLike<number>): LatencyResult['histogram'] {
  const edges = HISTOGRAM_EDGES_MS;
  const counts = new Array<number>(edges.length).fill(0);
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    let b = edges.length - 1;
    for (let k = 1; k < edges.length; k++) {
      if (t < (edges[k] as number)) {
        b = k - 1;
        break;
      }
    }
    counts[b] = (counts[b] as number) + 1;
  }
  return counts.map((count, k) => ({
    lo: edges[k] as number,
    hi: k + 1 < edges.length ? (edges[k + 1] as number) : Number.MAX_SAFE_INTEGER,
    count,
  }));
}

export interface LoadCounts {
  modelName: string;
  version: number;
  rate: number;
  connections: number;
  seconds: number;
  /** Response times (ms) of the successful (2xx) responses. */
  times: number[];
  /** Requests sent, and those that failed (non-2xx, socket errors, timeouts). */
  requests: number;
  errors: number;
}

/** A load test's numbers from its raw response times and counts. */
export function latencyResult(c: LoadCounts): LatencyResult {
  const sorted = Float64Array.from(c.times).sort();
  const ok = sorted.length;
  let sum = 0;
  for (let i = 0; i < ok; i++) sum += sorted[i] as number;
  const nanToZero = (x: number) => (Number.isFinite(x) ? x : 0);
  return {
    modelName: c.modelName,
    version: c.version,
    rate: c.rate,
    connections: c.connections,
    seconds: c.seconds,
    requests: c.requests,
    errors: c.errors,
    errorRate: c.requests > 0 ? c.errors / c.requests : 0,
    throughput: c.seconds > 0 ? ok / c.seconds : 0,
    p50: nanToZero(quantile(sorted, 0.5)),
    p95: nanToZero(quantile(sorted, 0.95)),
    p99: nanToZero(quantile(sorted, 0.99)),
    mean: ok > 0 ? sum / ok : 0,
    max: ok > 0 ? (sorted[ok - 1] as number) : 0,
    histogram: latencyHistogram(sorted),
  };
}
