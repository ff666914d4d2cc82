/**
 * What every ROC and precision-recall curve is built from (scikit-learn's `_binary_clf_curve`):
 * for each distinct score, highest first, how many positives and negatives score at least that much.
 */
export interface RankedCounts {
  /** Distinct scores, descending. */
  thresholds: Float64Array;
  /** tps[k] / fps[k]: positives / negatives with score ≥ thresholds[k]. */
  tps: Float64Array;
  fps: Float64Array;
  positives: number;
  negatives: number;
}

/** The scores of one class's column, split by whether the row's true class is that class. */
export interface SplitScores {
  positives: Float64Array;
  negatives: Float64Array;
}

/**
 * Column `column` of a row-major matrix (rows × `width`), split into the rows whose `actual`
 * class is `positiveClass` and the rest.
 */
export function splitScores(
  values: ArrayLike<number>,
  width: number,
  column: number,
  actual: ArrayLike<number>,
  positiveClass: number,
): SplitScores {
  const n = actual.length;
  let p = 0;
  for (let i = 0; i < n; i++) if (actual[i] === positiveClass) p++;
  const positives = new Float64Array(p);
  const negatives = new Float64Array(n - p);
  let ip = 0;
  let in_ = 0;
  for (let i = 0, at = column; i < n; i++, at += width) {
    if (actual[i] === positiveClass) positives[ip++] = values[at] as number;
    else negatives[in_++] = values[at] as number;
  }
  return { positives, negatives };
}

/**
 * Cumulative counts by descending score, tied scores grouped. Sorts both arrays in place
 * (ascending; NaN scores count as −∞). One native typed-array sort each, then one merge.
 */
export function rankedCounts(positives: Float64Array, negatives: Float64Array): RankedCounts {
  for (const a of [positives, negatives])
    for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i] as number)) a[i] = Number.NEGATIVE_INFINITY;
  positives.sort();
  negatives.sort();
  const total = positives.length + negatives.length;
  const thresholds = new Float64Array(total);
  const tps = new Float64Array(total);
  const fps = new Float64Array(total);
  let i = positives.length - 1;
  let j = negatives.length - 1;
  let k = 0;
  let tp = 0;
  let fp = 0;
  while (i >= 0 || j >= 0) {
    const s =
      i < 0
        ? (negatives[j] as number)
        : j < 0
          ? (positives[i] as number)
          : Math.max(positives[i] as number, negatives[j] as number);
    while (i >= 0 && positives[i] === s) {
      tp++;
      i--;
    }
    while (j >= 0 && negatives[j] === s) {
      fp++;
      j--;
    }
    thresholds[k] = s;
    tps[k] = tp;
    fps[k] = fp;
    k++;
  }
  return {
    thresholds: thresholds.subarray(0, k),
    tps: tps.subarray(0, k),
    fps: fps.subarray(0, k),
    positives: positives.length,
    negatives: negatives.length,
  };
}
