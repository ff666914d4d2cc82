import { clipProbability } from './float-helpers.js';
import { kolmogorovCdfDurbin } from './kolmogorov-durbin.js';
import { kolmogorovCdfPelzGood } from './kolmogorov-pelz-good.js';
import { kolmogorovCdfPomeranz } from './kolmogorov-pomeranz.js';
import { smirnovSf } from './smirnov-sf.js';

// Stirling-series coefficients B_2j / (2j (2j−1)), j = 8 … 1 (scipy's _STIRLING_COEFFS).
const STIRLING = [
  -2.955065359477124e-2, 6.41025641025641e-3, -1.9175269175269176e-3, 8.417508417508417e-4,
  -5.952380952380953e-4, 7.936507936507937e-4, -2.777777777777778e-3, 8.333333333333333e-2,
];

/** log(n! / nⁿ) by Stirling's series with n·log n removed up front. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/**
 * P(Dₙ ≥ x) for the two-sided one-sample Kolmogorov–Smirnov statistic with n observations —
 * scipy.stats.kstwo.sf(x, n) (scipy 1.10 `_kolmogn(n, x, cdf=False)`), following Simard & L'Ecuyer
 * (2011): Ruben–Gambino closed forms at the ends, 2·smirnov for large x, Durbin's matrix
 * (small n·x^1.5), Pomeranz (n ≤ 140) or Pelz–Good otherwise.
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));

  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clipProbability(1 - kolmogorovCdfDurbin(n, x));
    if (nx2 <= 4) return clipProbability(1 - kolmogorovCdfPomeranz(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? kolmogorovCdfDurbin(n, x) : kolmogorovCdfPelzGood(n, x);
  return clipProbability(1 - clipProbability(cdf));
}
