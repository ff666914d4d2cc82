import type { RegressionMetrics } from '../../../../shared/evaluate.js';

/** Most (predicted, actual) pairs a report keeps for plotting. */
export const MAX_REGRESSION_POINTS = 2000;
/** Bins of the residual histogram. */
export const RESIDUAL_BINS = 20;

/**
 * Regression metrics in the target's original units: MAE, RMSE, R² (null when the actual values
 * are constant), MAPE as a fraction (rows whose actual value is 0 skipped; null when all are 0),
 * an evenly spaced sample of at most 2000 (predicted, actual) pairs, and a 20-bin histogram of the
 * residuals actual − predicted (equal widths from the smallest to the largest, the last bin closed).
 */
export function regressionReport(predicted: ArrayLike<number>, actual: ArrayLike<number>): RegressionMetrics {
  const n = actual.length;
  if (n === 0) throw new Error('regressionReport: no rows to evaluate');
  if (predicted.length !== n)
    throw new Error(`regressionReport: ${predicted.length} predictions for ${n} rows`);
  let sae = 0;
  let sse = 0;
  let sum = 0;
  let sape = 0;
  let nonZero = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const y = actual[i] as number;
    const e = y - (predicted[i] as number);
    sae += Math.abs(e);
    sse += e * e;
    sum += y;
    if (y !== 0) {
      sape += Math.abs(e / y);
      nonZero++;
    }
    if (e < lo) lo = e;
    if (e > hi) hi = e;
  }
  const mean = sum / n;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    const d = (actual[i] as number) - mean;
    sst += d * d;
  }
  const points: RegressionMetrics['points'] = [];
  const sample = Math.min(n, MAX_REGRESSION_POINTS);
  for (let s = 0; s < sample; s++) {
    const i = Math.floor((s * n) / sample);
    points.push({ predicted: predicted[i] as number, actual: actual[i] as number });
  }
  return {
    kind: 'regression',
    rows: n,
    mae: sae / n,
    rmse: Math.sqrt(sse / n),
    r2: sst > 0 ? 1 - sse / sst : null,
    mape: nonZero > 0 ? sape / nonZero : null,
    points,
    residualHistogram: residualHistogram(predicted, actual, lo, hi),
  };
}

function residualHistogram(
  predicted: ArrayLike<number>,
  actual: ArrayLike<number>,
  lo: number,
  hi: number,
): RegressionMetrics['residualHistogram'] {
  const n = actual.length;
  if (!(hi > lo)) return Number.isFinite(lo) ? [{ lo, hi: lo, count: n }] : [];
  const width = (hi - lo) / RESIDUAL_BINS;
  const counts = new Float64Array(RESIDUAL_BINS);
  for (let i = 0; i < n; i++) {
    const e = (actual[i] as number) - (predicted[i] as number);
    let b = Math.floor((e - lo) / width);
    if (b >= RESIDUAL_BINS) b = RESIDUAL_BINS - 1;
    if (b >= 0) counts[b] = (counts[b] as number) + 1;
  }
  return Array.from(counts, (count, b) => ({
    lo: lo + b * width,
    hi: b === RESIDUAL_BINS - 1 ? hi : lo + (b + 1) * width,
    count,
  }));
}
