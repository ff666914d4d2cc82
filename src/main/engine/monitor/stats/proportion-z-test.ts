import { regularizedGammaQ } from './special-functions.js';

/**
 * Two-proportion z-test (pooled variance) of the share of one category in the reference (k1 of n1)
 * against the current (k2 of n2), as Evidently's z_stat_test computes it:
 * z = (p1 − p2) / sqrt(P(1 − P)(1/n1 + 1/n2)), P = (k1 + k2)/(n1 + n2), two-sided p = 2(1 − Φ(|z|)),
 * evaluated as erfc(|z|/√2) = Q(1/2, z²/2) so small p-values keep their precision. When both
 * samples hold a single category (P is 0 or 1) there is no difference to test: z 0, p 1.
 */
export function proportionZTest(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
): { statistic: number; pValue: number } {
  const pooled = (k1 + k2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return { statistic: 0, pValue: 1 };
  const z = (k1 / n1 - k2 / n2) / Math.sqrt(variance);
  return { statistic: z, pValue: regularizedGammaQ(0.5, (z * z) / 2) };
}
