import type { LatencyReport, LatencyResult } from '../../../../../shared/evaluate';
import { formatCount } from '../../data/lib/format';
import { formatLatency, formatRate, formatShare } from './format-eval';

/** One row of the latency table: the candidate's value and the production version's (when tested). */
export interface LatencyRow {
  label: string;
  candidate: string;
  production: string | null;
}

const ROWS: { label: string; show: (r: LatencyResult) => string }[] = [
  { label: 'p50', show: (r) => formatLatency(r.p50) },
  { label: 'p95', show: (r) => formatLatency(r.p95) },
  { label: 'p99', show: (r) => formatLatency(r.p99) },
  { label: 'Mean', show: (r) => formatLatency(r.mean) },
  { label: 'Max', show: (r) => formatLatency(r.max) },
  { label: 'Throughput', show: (r) => formatRate(r.throughput) },
  { label: 'Error rate', show: (r) => `${formatShare(r.errorRate)} (${formatCount(r.errors)} errors)` },
  { label: 'Requests', show: (r) => formatCount(r.requests) },
  {
    label: 'Load',
    show: (r) =>
      `${r.rate > 0 ? formatRate(r.rate) : 'as fast as possible'} for ${r.seconds} s on ${r.connections} connection${r.connections === 1 ? '' : 's'}`,
  },
];

/** The load test's numbers, candidate and production side by side. */
export function latencyRows(report: LatencyReport): LatencyRow[] {
  return ROWS.map((r) => ({
    label: r.label,
    candidate: r.show(report.candidate),
    production: report.production ? r.show(report.production) : null,
  }));
}

/** Bucket bounds from here up are treated as open-ended ("≥ 1 s"): an hour, in ms. */
const OPEN_ENDED_MS = 3_600_000;

function bucketLabel(lo: number, hi: number): string {
  if (!Number.isFinite(hi) || hi >= OPEN_ENDED_MS) return `≥ ${formatLatency(lo)}`;
  const low = formatLatency(lo);
  const high = formatLatency(hi);
  // "1.5–2 ms" when both ends are in the same unit, else "500 ms–1 s".
  return low.slice(low.indexOf(' ')) === high.slice(high.indexOf(' '))
    ? `${low.slice(0, low.indexOf(' '))}–${high}`
    : `${low}–${high}`;
}

/**
 * A latency histogram as labelled bars ("1.5–2 ms"), without the empty buckets before the first
 * and after the last request; a last bucket without an upper end reads "≥ 1 s".
 */
export function latencyBars(histogram: LatencyResult['histogram']): { label: string; count: number }[] {
  const first = histogram.findIndex((b) => b.count > 0);
  if (first < 0) return [];
  let last = histogram.length - 1;
  while (last > first && (histogram[last]?.count ?? 0) === 0) last -= 1;
  return histogram.slice(first, last + 1).map((b) => ({ label: bucketLabel(b.lo, b.hi), count: b.count }));
}
