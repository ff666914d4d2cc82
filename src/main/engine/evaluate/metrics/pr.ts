import type { CurvePoint } from '../../../../shared/evaluate.js';
import type { RankedCounts } from './ranked-counts.js';
import { MAX_CURVE_POINTS, thinIndices } from './thin-curve.js';

/**
 * Average precision as scikit-learn's `average_precision_score`: the step-wise sum
 * Σ (Rₖ − Rₖ₋₁) Pₖ over distinct thresholds, highest first (no interpolation, no trapezoids).
 * Null when there are no positives.
 */
export function averagePrecisionOf(c: RankedCounts): number | null {
  if (c.positives === 0) return null;
  let sum = 0;
  let tp0 = 0;
  for (let k = 0; k < c.thresholds.length; k++) {
    const tp = c.tps[k] as number;
    if (tp > tp0) sum += ((tp - tp0) * tp) / (tp + (c.fps[k] as number));
    tp0 = tp;
  }
  return sum / c.positives;
}

/**
 * The precision-recall curve (x = recall, y = precision), starting at recall 0, precision 1
 * (threshold null) and then one point per distinct threshold, highest first — scikit-learn's
 * `precision_recall_curve` read backwards — thinned to at most `max` points. Empty without positives.
 */
export function prCurve(c: RankedCounts, max = MAX_CURVE_POINTS): CurvePoint[] {
  if (c.positives === 0) return [];
  return Array.from(thinIndices(c.thresholds.length + 1, max), (i) => {
    if (i === 0) return { x: 0, y: 1, threshold: null };
    const k = i - 1;
    const tp = c.tps[k] as number;
    const t = c.thresholds[k] as number;
    return {
      x: tp / c.positives,
      y: tp / (tp + (c.fps[k] as number)),
      threshold: Number.isFinite(t) ? t : null,
    };
  });
}
