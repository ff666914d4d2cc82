import type { Metrics } from '../../../../shared/train.js';
import { rocAuc } from './auc.js';

/** Probabilities are clipped to [EPSILON, 1 - EPSILON] before the logarithm (as Keras does). */
export const EPSILON = 1e-7;

const clip = (p: number) => Math.min(1 - EPSILON, Math.max(EPSILON, p));

/**
 * Metrics of a binary classifier from P(class 1) per row and the true class (0 or 1): loss (mean
 * cross-entropy), accuracy (class 1 when the probability is above 0.5) and ROC AUC (when both classes occur).
 */
export function binaryMetrics(p1: ArrayLike<number>, labels: ArrayLike<number>): Metrics {
  const n = p1.length;
  if (n === 0) throw new Error('binaryMetrics: no rows');
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const p = p1[i] as number;
    const y = labels[i] as number;
    loss -= y === 1 ? Math.log(clip(p)) : Math.log(clip(1 - p));
    if ((p > 0.5 ? 1 : 0) === y) correct++;
  }
  const out: Metrics = { loss: loss / n, accuracy: correct / n };
  const auc = rocAuc(p1, labels);
  if (auc !== null) out.auc = auc;
  return out;
}

/**
 * Metrics of a multiclass classifier from probabilities (rows × classes, row-major) and the true
 * class index per row: loss (mean cross-entropy) and accuracy (the most probable class, the first on ties).
 */
export function multiclassMetrics(
  probs: ArrayLike<number>,
  classes: number,
  labels: ArrayLike<number>,
): Metrics {
  const n = labels.length;
  if (n === 0) throw new Error('multiclassMetrics: no rows');
  if (probs.length !== n * classes)
    throw new Error(`multiclassMetrics: ${probs.length} probabilities for ${n} rows × ${classes} classes`);
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const at = i * classes;
    const y = labels[i] as number;
    let best = 0;
    for (let c = 1; c < classes; c++) if ((probs[at + c] as number) > (probs[at + best] as number)) best = c;
    if (best === y) correct++;
    loss -= Math.log(clip(probs[at + y] as number));
  }
  return { loss: loss / n, accuracy: correct / n };
}
