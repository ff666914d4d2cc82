/**
 * Put the order statistics at `positions` (sorted ascending, within 0..n-1) of values[0..n)
 * in place, as a full sort would, without sorting: quickselect on several positions at once
 * (Hoare partition around the median of three seeded-random elements, so sorted, reversed and
 * repetitive inputs stay linear on average).
 */
export function selectPositions(values: Float64Array, n: number, positions: readonly number[]): void {
  const state = { seed: 0x9e3779b9 };
  selectRange(values, 0, n - 1, positions, 0, positions.length - 1, state);
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= lo && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

/** The index (of i, j, k) holding the median of the three values. */
function median3(v: Float64Array, i: number, j: number, k: number): number {
  const a = v[i] as number;
  const b = v[j] as number;
  const c = v[k] as number;
  if (a < b) return b < c ? j : a < c ? k : i;
  return a < c ? i : b < c ? k : j;
}

/** xorshift32 step on the shared state: a random index in [lo, hi]. */
function randomIndex(state: { seed: number }, lo: number, hi: number): number {
  let x = state.seed;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  state.seed = x;
  return lo + ((x >>> 0) % (hi - lo + 1));
}

function selectRange(
  a: Float64Array,
  lo0: number,
  hi0: number,
  ks: readonly number[],
  k0: number,
  k1: number,
  state: { seed: number },
): void {
  let lo = lo0;
  let hi = hi0;
  let kLo = k0;
  let kHi = k1;
  while (kLo <= kHi && lo < hi) {
    if (hi - lo < 24) {
      insertionSort(a, lo, hi);
      return;
    }
    // The pivot (median of three random elements) goes to a[lo], so the partition always
    // makes progress: lo ≤ j < hi.
    const m = median3(a, randomIndex(state, lo, hi), randomIndex(state, lo, hi), randomIndex(state, lo, hi));
    const p = a[m] as number;
    a[m] = a[lo] as number;
    a[lo] = p;
    // Hoare partition: afterwards [lo, j] ≤ p and [j+1, hi] ≥ p.
    let i = lo - 1;
    let j = hi + 1;
    for (;;) {
      do i++;
      while ((a[i] as number) < p);
      do j--;
      while ((a[j] as number) > p);
      if (i >= j) break;
      const t = a[i] as number;
      a[i] = a[j] as number;
      a[j] = t;
    }
    let split = kLo;
    while (split <= kHi && (ks[split] as number) <= j) split++;
    const leftCount = split - kLo;
    const rightCount = kHi - split + 1;
    if (leftCount > 0 && rightCount > 0) {
      if (j - lo < hi - j) {
        selectRange(a, lo, j, ks, kLo, split - 1, state);
        lo = j + 1;
        kLo = split;
      } else {
        selectRange(a, j + 1, hi, ks, split, kHi, state);
        hi = j;
        kHi = split - 1;
      }
    } else if (leftCount > 0) {
      hi = j;
    } else {
      lo = j + 1;
    }
  }
}
