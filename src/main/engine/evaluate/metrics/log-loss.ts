/** Probabilities are clipped to [LOG_LOSS_EPSILON, 1 − LOG_LOSS_EPSILON] before the logarithm. */
export const LOG_LOSS_EPSILON = 1e-7;

/**
 * Mean cross-entropy: −mean ln P(true class), from probabilities (rows × classes, row-major) and
 * the true class index per row. A NaN probability counts as the smallest one.
 */
export function logLoss(
  probs: ArrayLike<number>,
  classes: number,
  actual: ArrayLike<number>,
  eps = LOG_LOSS_EPSILON,
): number {
  const n = actual.length;
  if (n === 0) throw new Error('logLoss: no rows');
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i * classes + (actual[i] as number)] as number;
    sum -= Math.log(p > eps ? Math.min(p, 1 - eps) : eps);
  }
  return sum / n;
}
