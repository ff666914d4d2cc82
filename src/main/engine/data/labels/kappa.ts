/**
 * Cohen's kappa for two annotators over the rows both labeled:
 * κ = (p_o - p_e) / (1 - p_e), p_o the observed agreement, p_e the agreement expected by chance
 * from each annotator's label frequencies. 1 when p_e = 1 and they agree on everything.
 */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    countA.set(a, (countA.get(a) ?? 0) + 1);
    countB.set(b, (countB.get(b) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [label, ca] of countA) pe += (ca / n) * ((countB.get(label) ?? 0) / n);
  if (pe === 1) return po === 1 ? 1 : 0;
  return (po - pe) / (1 - pe);
}
