import type { ThresholdPoint } from '../../../../shared/evaluate.js';

/**
 * Binary confusion counts at thresholds 0, 1/steps, …, 1 (threshold i is exactly i / steps),
 * predicting class 1 when P(class 1) ≥ the threshold. `probs` has two columns [P0, P1] per row;
 * `actual` is 0 or 1. One pass: each row is counted at the highest threshold it clears.
 */
export function thresholdTable(
  probs: ArrayLike<number>,
  actual: ArrayLike<number>,
  steps = 100,
): ThresholdPoint[] {
  const n = actual.length;
  // Rows whose P1 clears threshold k but not k + 1 (index k + 1; index 0: clears none).
  const pos = new Float64Array(steps + 2);
  const neg = new Float64Array(steps + 2);
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[2 * i + 1] as number;
    let k = Math.floor(p * steps);
    if (!(k >= -1)) k = -1;
    if (k > steps) k = steps;
    while (k < steps && (k + 1) / steps <= p) k++;
    while (k >= 0 && k / steps > p) k--;
    if (actual[i] === 1) {
      pos[k + 1] = (pos[k + 1] as number) + 1;
      positives++;
    } else neg[k + 1] = (neg[k + 1] as number) + 1;
  }
  const negatives = n - positives;
  let tp = 0;
  let fp = 0;
  const rev: ThresholdPoint[] = [];
  for (let k = steps; k >= 0; k--) {
    tp += pos[k + 1] as number;
    fp += neg[k + 1] as number;
    rev.push({ threshold: k / steps, tp, fp, tn: negatives - fp, fn: positives - tp });
  }
  return rev.reverse();
}
