/**
 * Jensen–Shannon distance between two discrete distributions (each normalised to sum 1 first),
 * base 2 so it lies in [0, 1]: sqrt((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q)/2 and 0·log 0 = 0 —
 * scipy.spatial.distance.jensenshannon(p, q, base=2).
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i] as number;
    sq += q[i] as number;
  }
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = (p[i] as number) / sp;
    const b = (q[i] as number) / sq;
    const m = (a + b) / 2;
    if (a > 0) js += a * Math.log(a / m);
    if (b > 0) js += b * Math.log(b / m);
  }
  js /= Math.LN2;
  return Math.sqrt(Math.max(js, 0) / 2);
}
