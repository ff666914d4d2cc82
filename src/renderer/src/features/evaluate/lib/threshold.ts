import type { ThresholdPoint } from '../../../../../shared/evaluate';

/** A binary model's scores at one decision threshold (class 1 when P(class 1) ≥ threshold). */
export interface ThresholdMetrics {
  /** The threshold of the point used (the nearest one the report has). */
  threshold: number;
  accuracy: number;
  /** 0 when nothing is predicted positive (scikit-learn's zero_division=0). */
  precision: number;
  recall: number;
  f1: number;
  /** matrix[actual][predicted], negative class first: [[tn, fp], [fn, tp]]. */
  confusion: number[][];
}

/** The report's threshold point nearest to `threshold` (the earlier one on a tie); null when there are none. */
export function nearestThresholdPoint(
  points: readonly ThresholdPoint[],
  threshold: number,
): ThresholdPoint | null {
  let best: ThresholdPoint | null = null;
  for (const p of points) {
    if (!best || Math.abs(p.threshold - threshold) < Math.abs(best.threshold - threshold)) best = p;
  }
  return best;
}

const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);

/** Accuracy, precision, recall, F1 and the confusion matrix from one point's counts. */
export function scoresOfPoint(p: ThresholdPoint): ThresholdMetrics {
  const total = p.tp + p.fp + p.tn + p.fn;
  const precision = ratio(p.tp, p.tp + p.fp);
  const recall = ratio(p.tp, p.tp + p.fn);
  return {
    threshold: p.threshold,
    accuracy: ratio(p.tp + p.tn, total),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    confusion: [
      [p.tn, p.fp],
      [p.fn, p.tp],
    ],
  };
}

/**
 * The scores at a threshold, recomputed from the report's confusion counts at 0, 0.01, …, 1
 * (`metrics.thresholds`); null when the report has none (multiclass or regression).
 */
export function metricsAtThreshold(
  points: readonly ThresholdPoint[],
  threshold: number,
): ThresholdMetrics | null {
  const p = nearestThresholdPoint(points, threshold);
  return p ? scoresOfPoint(p) : null;
}
