/** One pass over a number column: the moments, the extremes, zeros and missing. */
export interface NumericScan {
  /** Non-missing values (they are copied, in order, into scratch[0..present)). */
  present: number;
  missing: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n - 1); 0 for fewer than two values. */
  std: number;
  zeros: number;
}

/**
 * Scan `values` once (NaN = missing) and copy the non-missing ones into `scratch` (which must
 * hold values.length numbers). -0 is stored as 0 so bit-level hashing agrees with ===.
 * Sums are taken around the first value (a shift) so large offsets do not cancel catastrophically.
 */
export function scanNumbers(values: Float64Array, scratch: Float64Array): NumericScan {
  const n = values.length;
  let m = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let shift = Number.NaN;
  let s1 = 0;
  let s2 = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(shift)) shift = v;
    const d = v - shift;
    s1 += d;
    s2 += d * d;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v === 0) zeros++;
    scratch[m++] = v + 0;
  }
  if (m === 0) return { present: 0, missing: n, min: 0, max: 0, mean: 0, std: 0, zeros: 0 };
  const meanShifted = s1 / m;
  const variance = m > 1 ? Math.max(0, (s2 - s1 * meanShifted) / (m - 1)) : 0;
  return { present: m, missing: n - m, min, max, mean: shift + meanShifted, std: Math.sqrt(variance), zeros };
}
