import type { CurvePoint } from '../../../../shared/evaluate.js';
import type { RankedCounts } from './ranked-counts.js';
import { MAX_CURVE_POINTS, thinIndices } from './thin-curve.js';

/**
 * Area under the ROC curve (trapezoids between distinct thresholds, so tied scores count one half),
 * as scikit-learn's `roc_auc_score`; null when the positives or the negatives are absent.
 */
export function rocAucOf(c: RankedCounts): number | null {
  if (c.positives === 0 || c.negatives === 0) return null;
  let area = 0;
  let tp0 = 0;
  let fp0 = 0;
  for (let k = 0; k < c.thresholds.length; k++) {
    const tp = c.tps[k] as number;
    const fp = c.fps[k] as number;
    area += (fp - fp0) * (tp + tp0);
    tp0 = tp;
    fp0 = fp;
  }
  return area / (2 * c.positives * c.negatives);
}

/**
 * The ROC curve (x = false positive rate, y = true positive rate) from (0, 0) (threshold null) up,
 * without the collinear points scikit-learn's `roc_curve(drop_intermediate=True)` drops, then
 * thinned to at most `max` points. Empty when the positives or the negatives are absent.
 */
export function rocCurve(c: RankedCounts, max = MAX_CURVE_POINTS): CurvePoint[] {
  if (c.positives === 0 || c.negatives === 0) return [];
  const { tps, fps, thresholds } = c;
  const last = thresholds.length - 1;
  // Candidate points: -1 is the origin, k a threshold kept because the curve bends there.
  const kept: number[] = [-1];
  for (let k = 0; k <= last; k++) {
    if (
      k === 0 ||
      k === last ||
      (fps[k - 1] as number) - 2 * (fps[k] as number) + (fps[k + 1] as number) !== 0 ||
      (tps[k - 1] as number) - 2 * (tps[k] as number) + (tps[k + 1] as number) !== 0
    )
      kept.push(k);
  }
  return Array.from(thinIndices(kept.length, max), (i) => {
    const k = kept[i] as number;
    if (k < 0) return { x: 0, y: 0, threshold: null };
    const t = thresholds[k] as number;
    return {
      x: (fps[k] as number) / c.negatives,
      y: (tps[k] as number) / c.positives,
      threshold: Number.isFinite(t) ? t : null,
    };
  });
}
