import type { ChiSquaredResult } from '../../../../shared/monitor.js';
import { chiSquaredSf } from './special-functions.js';

/**
 * Pearson's chi-squared goodness of fit Σ (o − e)²/e with k − 1 degrees of freedom, as
 * scipy.stats.chisquare(observed, expected) computes it (expected must be > 0 and sum like
 * observed). With a single category there is nothing to test: statistic 0, p-value 1.
 */
export function chiSquareGoodnessOfFit(
  observed: ArrayLike<number>,
  expected: ArrayLike<number>,
): ChiSquaredResult {
  const k = observed.length;
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    const e = expected[i] as number;
    const d = (observed[i] as number) - e;
    statistic += (d * d) / e;
  }
  if (k < 2) return { statistic: 0, pValue: 1, df: 0 };
  return { statistic, pValue: chiSquaredSf(statistic, k - 1), df: k - 1 };
}
