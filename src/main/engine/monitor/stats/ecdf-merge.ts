/** What one merge pass over two sorted samples yields. */
export interface EcdfComparison {
  /**
   * max over the pooled values x of |i(x)·m − j(x)·n| (an exact integer), where i(x), j(x) count the
   * values ≤ x in the first (size n) and second (size m) sample: the KS statistic is this / (n·m).
   */
  maxDiffScaled: number;
  /** Wasserstein-1 distance: ∫ |F_a − F_b| dx over the pooled range (scipy.stats.wasserstein_distance). */
  wasserstein: number;
}

/**
 * Walks two ascending samples (both non-empty, finite) once, stepping over each distinct pooled
 * value x (all copies of x on both sides at once, so the ECDFs are right-continuous), and computes
 * the KS numerator and the Wasserstein-1 distance together. The ECDF gap is kept as the integer
 * i·m − j·n (exact); the area is divided by n·m only at the end.
 */
export function compareSortedSamples(a: Float64Array, b: Float64Array): EcdfComparison {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let area = 0;
  let prevX = 0;
  let prevDiff = 0; // the gap on [prevX, x): 0 before the first value
  while (i < n || j < m) {
    const va = i < n ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const vb = j < m ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const x = Math.min(va, vb);
    if (va === x) {
      i++;
      while (i < n && (a[i] as number) === x) i++;
    }
    if (vb === x) {
      j++;
      while (j < m && (b[j] as number) === x) j++;
    }
    area += prevDiff * (x - prevX);
    const d = i * m - j * n;
    const diff = d < 0 ? -d : d;
    if (diff > maxDiff) maxDiff = diff;
    prevX = x;
    prevDiff = diff;
  }
  return { maxDiffScaled: maxDiff, wasserstein: area / (n * m) };
}
