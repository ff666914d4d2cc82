/**
 * Edges of up to `bins` quantile bins over non-missing values: the smallest value, then the value
 * at rank ⌊k·n / bins⌋ (0-based, ascending) for k = 1 … bins−1, then the largest — so each edge is a
 * value that occurs, and bin k holds about n / bins values when they are distinct. Equal edges are
 * merged (a value held by many rows gives fewer bins). Empty when there are no values.
 * Reorders `values` in place (selection, not a full sort: linear time on average).
 */
export function quantileEdges(values: Float64Array, bins: number): number[] {
  const n = values.length;
  if (n === 0) return [];
  let min = values[0] as number;
  let max = min;
  for (let i = 1; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  const ranks: number[] = [];
  for (let k = 1; k < bins; k++) {
    const r = Math.floor((k * n) / bins);
    if (r > 0 && r < n && r !== ranks[ranks.length - 1]) ranks.push(r);
  }
  const inner = new Array<number>(ranks.length);
  selectRanks(values, 0, n - 1, ranks, 0, ranks.length - 1, inner);
  const edges = [min];
  for (const v of [...inner, max]) if (v !== edges[edges.length - 1]) edges.push(v);
  return edges;
}

/**
 * The bin of `v` among the edges from `quantileEdges`: the last k with edges[k] ≤ v, each bin
 * [edges[k], edges[k+1]) and the last one closed; a single edge makes one bin.
 */
export function binOf(edges: readonly number[], v: number): number {
  const last = Math.max(0, edges.length - 2);
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] as number) <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** out[j] = the value of rank ranks[j] in a[lo..hi], for j in rlo..rhi (ranks ascending). */
function selectRanks(
  a: Float64Array,
  lo: number,
  hi: number,
  ranks: number[],
  rlo: number,
  rhi: number,
  out: number[],
): void {
  if (rlo > rhi) return;
  const mid = (rlo + rhi) >> 1;
  const k = ranks[mid] as number;
  nthElement(a, lo, hi, k);
  out[mid] = a[k] as number;
  selectRanks(a, lo, k - 1, ranks, rlo, mid - 1, out);
  selectRanks(a, k + 1, hi, ranks, mid + 1, rhi, out);
}

/**
 * Put the value of rank k of a[lo..hi] at a[k], smaller ones before it and larger after
 * (quickselect with a median-of-three pivot and three-way partitions, so repeated values are cheap;
 * a native sort of the remaining range if it takes unusually many rounds).
 */
function nthElement(a: Float64Array, lo: number, hi: number, k: number): void {
  for (let round = 0; hi > lo; round++) {
    if (round > 64) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const x = a[lo] as number;
    const y = a[(lo + hi) >> 1] as number;
    const z = a[hi] as number;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = a[i] as number;
      if (v < pivot) {
        a[i] = a[lt] as number;
        a[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        a[i] = a[gt] as number;
        a[gt] = v;
        gt--;
      } else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return;
  }
}
