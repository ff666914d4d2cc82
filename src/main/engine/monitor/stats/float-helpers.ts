/** 2^128 and 2^-128: the scaling steps scipy's Kolmogorov routines use to keep intermediates in range. */
export const TWO_POW_128 = 2 ** 128;
export const TWO_POW_MINUS_128 = 2 ** -128;

/** x · 2^exp without overflowing the power itself (C's ldexp). */
export function ldexp(x: number, exp: number): number {
  let r = x;
  let e = exp;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
  }
  return r * 2 ** e;
}

/** Rounds half to even, like numpy.round. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Clips a probability to [0, 1] (NaN stays NaN). */
export function clipProbability(p: number): number {
  return Math.min(1, Math.max(0, p));
}
