import { clipProbability } from './float-helpers.js';

/** cephes MINLOG: exp of anything below underflows to 0. */
const MIN_LOG = -708.3964185322641;
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic D⁺ₙ, P(D⁺ₙ ≥ x)
 * (scipy.special.smirnov(n, x)), by the Birnbaum–Tingey / Smirnov lower sum
 *   x · Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v)
 * with scipy's special cases and early stop. scipy sums in double-double; this sums log-space terms
 * in double (Kahan-summed log binomials; relative error ≈ 1e-13 for n up to 10⁵), which is the regime kstwo uses it in
 * (x ≥ 0.5 or n·x² ≥ 2.2, where scipy also takes the lower sum).
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxFloor = Math.floor(nx);
  let alpha = nx - nxFloor;
  if (alpha === 1) {
    nxFloor += 1;
    alpha = 0;
  }
  // x ≤ 1/n: cdf = x (1 + x)^(n−1)
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) return 1 - x * (1 + x) ** (n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return (1 - x) ** n;
  if (n > SMIRNOV_MAX_COMPUTE_N) return Math.exp(-((6 * n * x + 1) ** 2) / 18 / n);

  let lastV = n - nxFloor - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastV -= 1;
  const nTerms = lastV + 1;
  const vMid = Math.floor(n / 2);
  // v = 0 term: (1 − x)^n / x
  let sum = (1 - x) ** n / x;
  let logBinom = 0; // log C(n, v), summed with Kahan compensation
  let carry = 0;
  for (let v = 1; v < nTerms; v++) {
    const step = Math.log((n - v + 1) / v) - carry;
    const next = logBinom + step;
    carry = next - logBinom - step;
    logBinom = next;
    const lower = (n - v) / n - x;
    const upper = x + v / n;
    const term = lower > 0 ? Math.exp(logBinom + (v - 1) * Math.log(upper) + (n - v) * Math.log(lower)) : 0;
    sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * term < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vMid) break;
  }
  return clipProbability(x * sum);
}
