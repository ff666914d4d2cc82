/** The finite values of `values` (at `rows` when given), in a fresh array (unsorted). */
export function finiteValues(values: Float64Array, rows?: Int32Array | null): Float64Array {
  const n = rows ? rows.length : values.length;
  const out = new Float64Array(n);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const v = values[rows ? (rows[j] as number) : j] as number;
    if (Number.isFinite(v)) out[k++] = v;
  }
  return out.subarray(0, k);
}

/**
 * Moves the k-th smallest value of a[lo..hi] to a[k], smaller ones before it and larger ones after
 * (quickselect with a three-way partition, so runs of equal values cost nothing; pivots come from
 * a fixed-seed generator, so no input order is slow on purpose and results never vary).
 */
function select(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  let seed = 0x9e3779b9;
  while (lo < hi) {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    const pivot = a[lo + (seed % (hi - lo + 1))] as number;
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] as number;
      if (v < pivot) {
        a[i++] = a[lt] as number;
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt] as number;
        a[gt--] = v;
      } else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return;
  }
}

/**
 * Quantile q of the values with linear interpolation between order statistics (numpy's default,
 * "type 7"); NaN when empty. Reorders `a` (pass a scratch copy, e.g. from finiteValues).
 */
export function quantileOf(a: Float64Array, q: number): number {
  const n = a.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  select(a, lo);
  const x = a[lo] as number;
  if (h === lo || lo + 1 >= n) return x;
  let next = Number.POSITIVE_INFINITY;
  for (let i = lo + 1; i < n; i++) if ((a[i] as number) < next) next = a[i] as number;
  return x + (h - lo) * (next - x);
}

/** Mean and population standard deviation of the finite values (two-pass); NaN mean when empty. */
export function meanStd(
  values: Float64Array,
  rows?: Int32Array | null,
): { mean: number; std: number; count: number } {
  const n = rows ? rows.length : values.length;
  let sum = 0;
  let count = 0;
  for (let j = 0; j < n; j++) {
    const v = values[rows ? (rows[j] as number) : j] as number;
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
  }
  if (count === 0) return { mean: Number.NaN, std: Number.NaN, count };
  const mean = sum / count;
  let ss = 0;
  for (let j = 0; j < n; j++) {
    const v = values[rows ? (rows[j] as number) : j] as number;
    if (Number.isFinite(v)) ss += (v - mean) * (v - mean);
  }
  return { mean, std: Math.sqrt(ss / count), count };
}

/** Smallest and largest finite value ([NaN, NaN] when there is none). */
export function minMax(a: Float64Array): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return a.length === 0 ? [Number.NaN, Number.NaN] : [min, max];
}
