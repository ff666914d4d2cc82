/** Evidently's floor for empty shares before the log in PSI. */
export const PSI_EPSILON = 1e-4;

/**
 * Population stability index Σ (cur − ref) · ln(cur / ref) over matching bins, with shares of 0
 * on either side replaced by `epsilon` first (Evidently's rule; shares are not renormalised).
 */
export function populationStabilityIndex(
  referenceShares: ArrayLike<number>,
  currentShares: ArrayLike<number>,
  epsilon = PSI_EPSILON,
): number {
  let psi = 0;
  for (let i = 0; i < referenceShares.length; i++) {
    const r = (referenceShares[i] as number) || epsilon;
    const c = (currentShares[i] as number) || epsilon;
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}
