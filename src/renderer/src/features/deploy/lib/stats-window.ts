import type { ServeStatsPoint } from '../../../../../shared/serve';

/** How many seconds the live charts keep. */
export const WINDOW_POINTS = 120;

/**
 * Merge new per-second points into the window: one point per `at` (a newer copy replaces an older
 * one), oldest first, the last `max` kept.
 */
export function mergePoints(
  window: readonly ServeStatsPoint[],
  incoming: readonly ServeStatsPoint[],
  max = WINDOW_POINTS,
): ServeStatsPoint[] {
  const byAt = new Map<string, ServeStatsPoint>();
  for (const p of window) byAt.set(p.at, p);
  for (const p of incoming) byAt.set(p.at, p);
  const sorted = [...byAt.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return sorted.slice(Math.max(0, sorted.length - max));
}

export interface TrafficRow {
  /** Seconds relative to the newest point (0 = now, -5 = five seconds ago). */
  x: number;
  requests: number;
  /** Errors as a percentage of requests (null when there were none). */
  errorRate: number | null;
  p50?: number;
  p95?: number;
  p99?: number;
}

/** Chart rows from the window: x in seconds before the newest point. */
export function trafficRows(points: readonly ServeStatsPoint[]): TrafficRow[] {
  const last = points[points.length - 1];
  if (!last) return [];
  const end = Date.parse(last.at);
  return points.map((p) => ({
    x: Math.round((Date.parse(p.at) - end) / 1000),
    requests: p.requests,
    errorRate: p.requests > 0 ? (100 * p.errors) / p.requests : null,
    ...(p.p50Ms === null ? {} : { p50: p.p50Ms }),
    ...(p.p95Ms === null ? {} : { p95: p.p95Ms }),
    ...(p.p99Ms === null ? {} : { p99: p.p99Ms }),
  }));
}

export interface TrafficSummary {
  /** Mean requests per second over the last `seconds`. */
  rate: number;
  /** Errors / requests over the same seconds, as a percentage (null without requests). */
  errorRate: number | null;
  /** The latest p95 seen, in ms (null when no request came). */
  p95Ms: number | null;
  requests: number;
}

/** Rate, error rate and latest p95 over the last `seconds` points. */
export function summarize(points: readonly ServeStatsPoint[], seconds = 10): TrafficSummary {
  const recent = points.slice(Math.max(0, points.length - seconds));
  const requests = recent.reduce((n, p) => n + p.requests, 0);
  const errors = recent.reduce((n, p) => n + p.errors, 0);
  let p95Ms: number | null = null;
  for (const p of recent) if (p.p95Ms !== null) p95Ms = p.p95Ms;
  return {
    rate: recent.length ? requests / recent.length : 0,
    errorRate: requests > 0 ? (100 * errors) / requests : null,
    p95Ms,
    requests,
  };
}
