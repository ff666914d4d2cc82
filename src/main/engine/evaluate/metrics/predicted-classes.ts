/**
 * The class each row is predicted as, from probabilities (rows × classes, row-major).
 * Binary (2 columns): class 1 when P(class 1) ≥ `threshold`. Multiclass: the most probable class,
 * the first on ties (NaN never wins).
 */
export function predictedClasses(probs: ArrayLike<number>, classes: number, threshold = 0.5): Int32Array {
  const n = Math.floor(probs.length / classes);
  const out = new Int32Array(n);
  if (classes === 2) {
    for (let i = 0; i < n; i++) out[i] = (probs[2 * i + 1] as number) >= threshold ? 1 : 0;
    return out;
  }
  for (let i = 0, at = 0; i < n; i++, at += classes) {
    let best = 0;
    let bestP = probs[at] as number;
    for (let c = 1; c < classes; c++) {
      const p = probs[at + c] as number;
      if (p > bestP || (Number.isNaN(bestP) && !Number.isNaN(p))) {
        best = c;
        bestP = p;
      }
    }
    out[i] = best;
  }
  return out;
}
