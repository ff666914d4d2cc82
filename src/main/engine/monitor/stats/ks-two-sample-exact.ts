/**
 * Exact two-sided p-value P(D ≥ h/lcm(n1, n2)) of the two-sample Kolmogorov–Smirnov statistic, as
 * scipy 1.10's ks_2samp computes it with method='exact': equal sizes by the reflection formula
 * (_compute_prob_outside_square), unequal ones by counting lattice paths that leave the band
 * |x/m − y/n| < h/lcm (Hodges' inside method with Viehmann's recursion for 1 − p,
 * _compute_outer_prob_inside_method). `h` is the statistic times lcm(n1, n2), an integer ≥ 1.
 * Returns NaN when the computation fails (scipy then falls back to the asymptotic p-value).
 */
export function ksTwoSampleExactPValue(n1: number, n2: number, h: number): number {
  if (h <= 0) return 1;
  const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, gcd(n1, n2), h);
  return p >= 0 && p <= 1 ? p : Number.NaN;
}

/** Greatest common divisor of two positive integers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** P(D_{n,n} ≥ h/n) = 2 (A0 (1 − A1 (1 − A2 (…)))) with the binomial ratios taken term by term. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** 1 − (paths staying strictly inside the band) / C(m+n, n), one sliding column at a time. */
function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < Math.min(maxj, lenA); j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = ((A[jj + minj - lastminj] as number) * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      for (let q = maxj - minj; q < Math.min(maxj - minj + (lastlen - curlen), lenA); q++) A[q] = 1;
    }
  }
  return A[maxj - minj - 1] as number;
}
