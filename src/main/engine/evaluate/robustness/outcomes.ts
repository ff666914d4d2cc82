/** What a model decided per row, the task's main metric over those decisions, and how many changed. */
import type { RobustTask } from './types.js';

/** The main metric of a task: accuracy for classification (higher is better), mae for regression (lower). */
export function metricName(task: RobustTask): 'accuracy' | 'mae' {
  return task === 'regression' ? 'mae' : 'accuracy';
}

/**
 * One decision per row from predict's output: the predicted class (binary: 1 when P(class 1) ≥ 0.5;
 * multiclass: the most probable class, the first on ties) or the regression prediction.
 */
export function decisions(
  task: RobustTask,
  out: { values: Float32Array; width: number },
  rows: number,
): Float64Array {
  const { values, width } = out;
  if (width < 1 || values.length !== rows * width)
    throw new Error(`the model gave ${values.length} outputs of width ${width} for ${rows} rows`);
  const d = new Float64Array(rows);
  if (task === 'regression') {
    for (let i = 0; i < rows; i++) d[i] = values[i * width] as number;
  } else if (task === 'binary') {
    const at = width === 1 ? 0 : 1;
    for (let i = 0; i < rows; i++) d[i] = (values[i * width + at] as number) >= 0.5 ? 1 : 0;
  } else {
    for (let i = 0; i < rows; i++) {
      let best = 0;
      let bestP = values[i * width] as number;
      for (let k = 1; k < width; k++) {
        const p = values[i * width + k] as number;
        if (p > bestP) {
          best = k;
          bestP = p;
        }
      }
      d[i] = best;
    }
  }
  return d;
}

/**
 * Accuracy or mae of `predicted` against `actual` over the rows at `positions` (every row when null),
 * skipping rows whose actual value is NaN; null without labels or when no row has one.
 */
export function mainMetric(
  task: RobustTask,
  predicted: Float64Array,
  actual: ArrayLike<number> | null,
  positions: Int32Array | null = null,
): number | null {
  if (!actual) return null;
  const n = positions ? positions.length : predicted.length;
  let count = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = positions ? (positions[k] as number) : k;
    const y = actual[i] as number;
    if (Number.isNaN(y)) continue;
    const p = predicted[i] as number;
    count++;
    if (task === 'regression') sum += Math.abs(p - y);
    else if (p === y) sum++;
  }
  return count === 0 ? null : sum / count;
}

/**
 * Share of rows whose decision changed between `base` and `perturbed`: a different class, or for
 * regression a prediction moved by more than `tolerance` (0.1 × the target's std).
 */
export function flipRate(
  task: RobustTask,
  base: Float64Array,
  perturbed: Float64Array,
  tolerance: number,
): number {
  const n = base.length;
  if (n === 0) return 0;
  let flips = 0;
  if (task === 'regression') {
    for (let i = 0; i < n; i++)
      if (Math.abs((perturbed[i] as number) - (base[i] as number)) > tolerance) flips++;
  } else {
    for (let i = 0; i < n; i++) if (perturbed[i] !== base[i]) flips++;
  }
  return flips / n;
}
