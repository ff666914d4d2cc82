import { formatMetric } from '../../train/lib/format-train';

/** How a value is shown: a score (0.8563), a share (12.3 %), milliseconds, requests per second. */
export type ValueUnit = 'score' | 'share' | 'ms' | 'rps';

const UNITS: Record<string, ValueUnit> = {
  mape: 'share',
  error_rate: 'share',
  latency_p50_ms: 'ms',
  latency_p95_ms: 'ms',
  latency_p99_ms: 'ms',
  throughput_rps: 'rps',
};

/** The unit a metric is shown in (gate checks and champion-vs-challenger rows). */
export function metricUnit(metric: string): ValueUnit {
  return UNITS[metric] ?? 'score';
}

const missing = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined || !Number.isFinite(v);

/** A fraction as a percentage with three significant digits: 0.1234 → "12.3 %"; a dash when missing. */
export function formatShare(v: number | null | undefined): string {
  if (missing(v)) return '—';
  return `${Number((v * 100).toPrecision(3))} %`;
}

/** Milliseconds with three significant digits: "0.412 ms", "12.3 ms", "1.25 s". */
export function formatLatency(ms: number | null | undefined): string {
  if (missing(ms)) return '—';
  if (Math.abs(ms) >= 1000) return `${Number((ms / 1000).toPrecision(3))} s`;
  return `${Number(ms.toPrecision(3))} ms`;
}

/** Requests per second: "1,234 req/s", "45.6 req/s". */
export function formatRate(rps: number | null | undefined): string {
  if (missing(rps)) return '—';
  if (Math.abs(rps) >= 100) return `${Math.round(rps).toLocaleString('en-US')} req/s`;
  return `${Number(rps.toPrecision(3))} req/s`;
}

/** A value in its unit; a dash when missing. */
export function formatValue(v: number | null | undefined, unit: ValueUnit = 'score'): string {
  switch (unit) {
    case 'share':
      return formatShare(v);
    case 'ms':
      return formatLatency(v);
    case 'rps':
      return formatRate(v);
    case 'score':
      return formatMetric(v);
  }
}

/** A metric's value in the metric's unit ("latency_p95_ms", 12.3 → "12.3 ms"). */
export function formatMetricValue(metric: string, v: number | null | undefined): string {
  return formatValue(v, metricUnit(metric));
}

/** A difference with its sign: "+0.0123", "−4.5 ms", "0"; a dash when missing. */
export function formatSigned(delta: number | null | undefined, unit: ValueUnit = 'score'): string {
  if (missing(delta)) return '—';
  if (delta === 0) return unit === 'score' ? '0' : formatValue(0, unit);
  return `${delta > 0 ? '+' : '−'}${formatValue(Math.abs(delta), unit)}`;
}

/** A half-open bin as "[0.1, 0.2)". */
export function formatRange(lo: number, hi: number): string {
  return `[${formatMetric(lo)}, ${formatMetric(hi)})`;
}
