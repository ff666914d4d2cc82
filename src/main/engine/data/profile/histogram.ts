export interface Histogram {
  /** Bin edges, counts.length + 1 of them; bin i is [edges[i], edges[i+1]), the last one closed. */
  edges: number[];
  counts: number[];
}

const MAX_BINS = 30;
const MIN_BINS = 10;

/**
 * How many equal-width bins: Freedman–Diaconis (2·IQR / ∛n), or Sturges when the IQR is 0,
 * kept between 10 (or n, when fewer) and 30.
 */
export function binCount(m: number, min: number, max: number, iqr: number): number {
  if (m <= 1 || max <= min) return 1;
  const sturges = Math.ceil(Math.log2(m)) + 1;
  const fd = iqr > 0 ? Math.ceil((max - min) / ((2 * iqr) / Math.cbrt(m))) : sturges;
  return Math.max(Math.min(MIN_BINS, m), Math.min(MAX_BINS, fd));
}

/**
 * Equal-width histogram of values[0..m) (no NaN) in one pass. Integer columns get integer-wide
 * bins starting at min: one bin per value when max - min < 30.
 */
export function histogram(
  values: Float64Array,
  m: number,
  min: number,
  max: number,
  iqr: number,
  integer: boolean,
): Histogram {
  if (m === 0) return { edges: [0, 1], counts: [0] };
  if (max <= min) return { edges: [min, integer ? min + 1 : min], counts: [m] };
  let k: number;
  let width: number;
  if (integer) {
    const span = max - min + 1;
    width = span <= MAX_BINS ? 1 : Math.ceil(span / binCount(m, min, max, iqr));
    k = Math.ceil(span / width);
  } else {
    k = binCount(m, min, max, iqr);
    width = (max - min) / k;
  }
  const counts = new Int32Array(k);
  const inv = 1 / width;
  const last = k - 1;
  for (let i = 0; i < m; i++) {
    let b = Math.floor(((values[i] as number) - min) * inv);
    if (b > last) b = last;
    counts[b] = (counts[b] as number) + 1;
  }
  const edges: number[] = new Array(k + 1);
  for (let i = 0; i <= k; i++) edges[i] = min + i * width;
  if (!integer) edges[k] = max;
  return { edges, counts: Array.from(counts) };
}
