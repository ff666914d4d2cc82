import type { DriftFeatureKind, DriftMethod } from '../../../../shared/monitor.js';

/** Reference rows (present values) at or below which p-value tests decide, above which distances do (Evidently: 1000). */
export const SMALL_REFERENCE_ROWS = 1000;

/**
 * Evidently's default thresholds: p-value tests flag drift below 0.05; the normalised Wasserstein
 * distance, the Jensen–Shannon distance and PSI flag drift at or above 0.1.
 */
export const DEFAULT_DRIFT_THRESHOLDS: Readonly<Record<DriftMethod, number>> = {
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
};

/** Methods whose number is a p-value (drift when below the threshold); the others are distances (drift at or above). */
export function isPValueMethod(method: DriftMethod): boolean {
  return method === 'ks' || method === 'chi2' || method === 'z';
}

/**
 * Evidently's default choice: with a small reference (≤ smallReferenceRows present values) a test —
 * KS for numeric, chi-squared for categorical, the two-proportion z-test when the reference and
 * current together hold at most two categories; with a larger reference a distance — the
 * normalised Wasserstein distance for numeric, Jensen–Shannon for categorical. (Evidently also
 * treats numeric features with ≤ 5 distinct values as categorical; this does not.)
 */
export function defaultDriftMethod(
  kind: DriftFeatureKind,
  referenceRows: number,
  categories: number,
  smallReferenceRows = SMALL_REFERENCE_ROWS,
): DriftMethod {
  const small = referenceRows <= smallReferenceRows;
  if (kind === 'numeric') return small ? 'ks' : 'wasserstein';
  if (!small) return 'jensenshannon';
  return categories <= 2 ? 'z' : 'chi2';
}
