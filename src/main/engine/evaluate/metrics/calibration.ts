import type { CalibrationBin } from '../../../../shared/evaluate.js';

/** Reliability bins and the expected calibration error over them. */
export interface Calibration {
  bins: CalibrationBin[];
  /** Σ over bins of count / n × |meanPredicted − fractionPositive|. */
  ece: number;
}

/**
 * Reliability of predicted probabilities: `bins` equal-width bins over [0, 1] (each [lo, hi),
 * the last also holding 1), the mean prediction and the share of positives in each. Matches
 * scikit-learn's `calibration_curve(strategy='uniform')` for the non-empty bins (which puts a
 * probability exactly on an inner edge in the lower bin instead).
 * `positive[i]` is 1 when row i is a positive (true class, or top class correct).
 */
export function calibration(
  predicted: ArrayLike<number>,
  positive: ArrayLike<number>,
  bins = 10,
): Calibration {
  const n = predicted.length;
  const count = new Float64Array(bins);
  const sumP = new Float64Array(bins);
  const hits = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as number;
    let b = Math.floor(p * bins);
    if (!(b >= 0)) b = 0;
    else if (b >= bins) b = bins - 1;
    count[b] = (count[b] as number) + 1;
    sumP[b] = (sumP[b] as number) + p;
    if (positive[i] === 1) hits[b] = (hits[b] as number) + 1;
  }
  const out: CalibrationBin[] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const c = count[b] as number;
    const meanPredicted = c > 0 ? (sumP[b] as number) / c : null;
    const fractionPositive = c > 0 ? (hits[b] as number) / c : null;
    if (meanPredicted !== null && fractionPositive !== null)
      ece += (c / n) * Math.abs(meanPredicted - fractionPositive);
    out.push({ lo: b / bins, hi: (b + 1) / bins, count: c, meanPredicted, fractionPositive });
  }
  return { bins: out, ece };
}
