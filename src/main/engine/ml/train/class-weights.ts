import type { TrainParams } from '../../../../shared/train.js';

/** `auto` balances the classes when the smallest one has less than this share of the train rows. */
export const AUTO_MIN_SHARE = 0.2;

/** Rows per class among class indices (NaN = no label, skipped). */
export function classCounts(targets: ArrayLike<number>, classes: number): Float64Array {
  const counts = new Float64Array(classes);
  for (let i = 0; i < targets.length; i++) {
    const c = targets[i] as number;
    if (c >= 0 && c < classes) counts[c] = (counts[c] as number) + 1;
  }
  return counts;
}

/**
 * Per-class weights from the train rows' classes: `balanced` gives n / (k × count_c); `auto` does so
 * when the smallest class is under 20 % of the rows; otherwise (and for `none`) null: every row weighs 1.
 * A class absent from the train rows gets weight 1.
 */
export function classWeights(
  mode: TrainParams['classWeights'],
  targets: ArrayLike<number>,
  classes: number,
): Float32Array | null {
  if (mode === 'none' || classes < 2) return null;
  const counts = classCounts(targets, classes);
  let n = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (const c of counts) {
    n += c;
    smallest = Math.min(smallest, c);
  }
  if (n === 0) return null;
  if (mode === 'auto' && smallest / n >= AUTO_MIN_SHARE) return null;
  return Float32Array.from(counts, (c) => (c > 0 ? n / (classes * c) : 1));
}
