/** Mean and spread of a number column over the evaluated rows (the scale of noise and shifts). */
import type { NumberData } from '../../data/table/types.js';

export interface MeanStd {
  mean: number;
  /** Population std (divides by the count); 0 when fewer than two values are present. */
  std: number;
  /** Non-missing values seen. */
  count: number;
}

/** Mean and population std of `data` over `rows`, skipping missing (NaN) values; NaN mean when all are missing. */
export function meanStd(data: NumberData, rows: Int32Array): MeanStd {
  const v = data.values;
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let j = 0; j < rows.length; j++) {
    const x = v[rows[j] as number] as number;
    if (Number.isNaN(x)) continue;
    n++;
    const d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }
  if (n === 0) return { mean: Number.NaN, std: 0, count: 0 };
  return { mean, std: n > 1 ? Math.sqrt(m2 / n) : 0, count: n };
}

/** Population std of the finite values of `values` (0 when fewer than two). */
export function stdOf(values: ArrayLike<number>): number {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) continue;
    n++;
    const d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }
  return n > 1 ? Math.sqrt(m2 / n) : 0;
}
