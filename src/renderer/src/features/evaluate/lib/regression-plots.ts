import type { RegressionMetrics } from '../../../../../shared/evaluate';
import { formatTick } from '../../train/lib/format-train';

/** The range both axes of the predicted-vs-actual plot share (the identity line spans it); null without points. */
export function identityDomain(points: RegressionMetrics['points']): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    lo = Math.min(lo, p.predicted, p.actual);
    hi = Math.max(hi, p.predicted, p.actual);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** The residual histogram as bars labelled by their bin ("-1.5 to -1"). */
export function residualBars(
  histogram: RegressionMetrics['residualHistogram'],
): { label: string; count: number; mid: number }[] {
  return histogram.map((b) => ({
    label: `${formatTick(b.lo)} to ${formatTick(b.hi)}`,
    count: b.count,
    mid: (b.lo + b.hi) / 2,
  }));
}
