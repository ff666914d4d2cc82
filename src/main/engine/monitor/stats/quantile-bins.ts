/**
 * Quantile cut points of a sorted reference for `bins` bins. Bins are right-closed:
 * (−∞, c₁], (c₁, c₂], …, (c_last, +∞). Cut k (k = 1 … bins−1) is the inverted-CDF quantile
 * sorted[⌈k·n/bins⌉ − 1] (numpy's method='inverted_cdf'), so without ties bin k holds exactly
 * ⌈k·n/bins⌉ − ⌈(k−1)·n/bins⌉ reference values. With ties: a cut equal to the reference maximum is
 * replaced by the largest reference value below the maximum (so the last bin is never empty in the
 * reference and a mass at the maximum gets a bin of its own; a constant reference has no cut), then
 * equal cuts are merged into one. Fewer than `bins` bins are therefore used only when values repeat.
 */
export function quantileCuts(sortedReference: Float64Array, bins: number): number[] {
  const n = sortedReference.length;
  const max = sortedReference[n - 1] as number;
  const firstMax = countBelow(sortedReference, max);
  const belowMax = firstMax > 0 ? (sortedReference[firstMax - 1] as number) : null;
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) {
    let cut = sortedReference[Math.ceil((k * n) / bins) - 1] as number;
    if (cut >= max) {
      if (belowMax === null) break;
      cut = belowMax;
    }
    if (cuts.length === 0 || cut > (cuts[cuts.length - 1] as number)) cuts.push(cut);
  }
  return cuts;
}

/** Share of a sorted sample in each right-closed bin delimited by `cuts` (cuts.length + 1 shares). */
export function binShares(sorted: Float64Array, cuts: readonly number[]): number[] {
  const n = sorted.length;
  const shares: number[] = [];
  let below = 0;
  for (const cut of cuts) {
    const upTo = countAtMost(sorted, cut);
    shares.push((upTo - below) / n);
    below = upTo;
  }
  shares.push((n - below) / n);
  return shares;
}

/** Values ≤ x in an ascending array (binary search). */
export function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Values < x in an ascending array (binary search). */
export function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
