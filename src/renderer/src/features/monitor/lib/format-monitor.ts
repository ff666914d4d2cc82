import { formatClock } from '../../../lib/format-time';
import { formatWhen } from '../../data/lib/format';
import { formatMetric } from '../../train/lib/format-train';

/** The drift methods whose number is a p-value (drifted when below the threshold); the rest are distances. */
const P_VALUE_METHODS = new Set(['ks', 'chi2', 'z']);

/** True when the method's number is a p-value (KS, chi-squared, z-test): drifted when it is below the threshold. */
export function isPValueMethod(method: string): boolean {
  return P_VALUE_METHODS.has(method);
}

const METHOD_LABELS: Record<string, string> = {
  ks: 'KS test',
  chi2: 'Chi-squared',
  z: 'Z-test (proportions)',
  wasserstein: 'Wasserstein (normed)',
  jensenshannon: 'Jensen–Shannon',
  psi: 'PSI',
};

/** A drift method as a person reads it ("ks" → "KS test"); unknown names show as they are. */
export function methodLabel(method: string): string {
  return METHOD_LABELS[method] ?? method;
}

const missing = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined || !Number.isFinite(v);

/** A p-value with three significant digits: 0.0312, 0.5; "< 0.0001" below that; a dash when missing. */
export function formatPValue(p: number | null | undefined): string {
  if (missing(p)) return '—';
  if (p < 0.0001) return '< 0.0001';
  return String(Number(p.toPrecision(3)));
}

/** A distance or score with three significant digits: 0.123, 12.3, 0; "< 0.001" for tiny positives. */
export function formatScore(v: number | null | undefined): string {
  if (missing(v)) return '—';
  if (v === 0) return '0';
  if (Math.abs(v) < 0.001) return v > 0 ? '< 0.001' : '> −0.001';
  if (Math.abs(v) >= 1000) return formatMetric(v);
  return String(Number(v.toPrecision(3)));
}

/** The deciding number of a drift verdict: "p = 0.0312" for tests, "0.123" for distances. */
export function statisticText(method: string, value: number | null | undefined): string {
  if (missing(value)) return '—';
  return isPValueMethod(method) ? `p = ${formatPValue(value)}` : formatScore(value);
}

/** The rule a verdict follows: "p < 0.05" for tests, "≥ 0.1" for distances. */
export function thresholdText(method: string, threshold: number): string {
  return isPValueMethod(method) ? `p < ${formatPValue(threshold)}` : `≥ ${formatScore(threshold)}`;
}

/** Epoch ms as a short local date and time (as the app shows times elsewhere); a dash when missing. */
export function formatEpoch(ms: number | null | undefined): string {
  if (missing(ms)) return '—';
  return formatWhen(new Date(ms).toISOString());
}

/** Epoch ms as a local clock time ("08:00:05"), for the ticks of a series; empty when missing. */
export function formatEpochClock(ms: number | null | undefined): string {
  if (missing(ms)) return '';
  return formatClock(new Date(ms).toISOString());
}
