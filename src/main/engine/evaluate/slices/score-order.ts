/** Evaluated rows in ascending order of one score, tied scores grouped. */
export interface ScoreOrder {
  /** Row indices (into the evaluated rows), ascending by score. */
  order: Int32Array;
  /** End (exclusive) in `order` of each group of equal scores. */
  groupEnds: Int32Array;
}

/**
 * Order `n` rows by column `column` of a row-major matrix (rows × `width`), NaN as −∞: one native
 * sort of the distinct scores, a binary search per row and a counting sort — no comparator calls.
 */
export function scoreOrder(values: ArrayLike<number>, width: number, column: number, n: number): ScoreOrder {
  const scores = new Float64Array(n);
  for (let i = 0, at = column; i < n; i++, at += width) {
    const v = values[at] as number;
    scores[i] = Number.isNaN(v) ? Number.NEGATIVE_INFINITY : v;
  }
  const sorted = scores.slice().sort();
  let g = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[g - 1]) sorted[g++] = sorted[i] as number;
  const distinct = sorted.subarray(0, g);
  const group = new Int32Array(n);
  const counts = new Int32Array(g + 1);
  for (let i = 0; i < n; i++) {
    const v = scores[i] as number;
    let lo = 0;
    let hi = g - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((distinct[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    group[i] = lo;
    counts[lo + 1] = (counts[lo + 1] as number) + 1;
  }
  for (let j = 1; j <= g; j++) counts[j] = (counts[j] as number) + (counts[j - 1] as number);
  const groupEnds = counts.slice(1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = group[i] as number;
    const at = counts[j] as number;
    order[at] = i;
    counts[j] = at + 1;
  }
  return { order, groupEnds };
}
