import { clipProbability, ldexp, TWO_POW_128, TWO_POW_MINUS_128 } from './float-helpers.js';

/**
 * P(Dₙ ≤ d) of the two-sided one-sample Kolmogorov–Smirnov statistic by Durbin's matrix algorithm
 * as Marsaglia, Tsang & Wang (2003) evaluate it: the k-th diagonal entry of (n!/nⁿ)·Hⁿ for an
 * m×m matrix H, m = 2⌈nd⌉ − 1, with power-of-two rescaling. A port of scipy's _kolmogn_DMTW
 * (scipy/stats/_ksstats.py); O(m³ log n), used only where m stays small.
 */
export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;

  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1] as number;
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r] as number;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c] as number;

  let power: Float64Array | null = null; // H^(bits so far); null = identity
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  const center = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2 === 1) {
      power = power === null ? Float64Array.from(H) : matmul(power, H, m);
      exponent += hExponent;
    }
    nn = Math.floor(nn / 2);
    if (nn === 0) break;
    H = matmul(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[center] as number) > TWO_POW_128) {
      for (let i = 0; i < H.length; i++) H[i] = (H[i] as number) / TWO_POW_128;
      hExponent += 128;
    }
  }
  let p = (power as Float64Array)[center] as number;
  // Multiply by n!/n^n
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < TWO_POW_MINUS_128) {
      p *= TWO_POW_128;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return clipProbability(p);
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let l = 0; l < m; l++) {
      const ail = a[row + l] as number;
      if (ail === 0) continue;
      const bRow = l * m;
      for (let j = 0; j < m; j++) out[row + j] = (out[row + j] as number) + ail * (b[bRow + j] as number);
    }
  }
  return out;
}
