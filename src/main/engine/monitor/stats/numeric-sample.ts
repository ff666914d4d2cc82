import { sortedCopy } from './sort-float64.js';

/**
 * One side of a numeric comparison, prepared once: its finite values sorted, and the counts and
 * moments the statistics need. A model version's reference is prepared once and reused for every window.
 */
export interface NumericSample {
  readonly kind: 'numeric';
  /** Finite values, ascending. */
  readonly sorted: Float64Array;
  /** Values passed, missing included. */
  readonly rows: number;
  /** NaN values (missing). */
  readonly missing: number;
  /** ±Infinity values: skipped by the drift statistics, out of range for data quality. */
  readonly infinite: number;
  /** Mean and population std (ddof 0) of the finite values; NaN when there are none. */
  readonly mean: number;
  readonly std: number;
}

/** Sorts the finite values of `values` once (NaN = missing, ±Infinity counted apart) and computes mean and std. */
export function numericSample(values: Float64Array): NumericSample {
  let missing = 0;
  let infinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) missing++;
    else if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) infinite++;
  }
  let finite = values;
  if (missing + infinite > 0) {
    finite = new Float64Array(values.length - missing - infinite);
    let k = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (Number.isFinite(v)) finite[k++] = v;
    }
  }
  const sorted = sortedCopy(finite);
  const { mean, std } = meanAndStd(sorted);
  return { kind: 'numeric', sorted, rows: values.length, missing, infinite, mean, std };
}

/** Mean and population std (two passes, like numpy.std with ddof=0); NaN for an empty array. */
function meanAndStd(values: Float64Array): { mean: number; std: number } {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, std: Number.NaN };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    ss += d * d;
  }
  return { mean, std: Math.sqrt(ss / n) };
}
