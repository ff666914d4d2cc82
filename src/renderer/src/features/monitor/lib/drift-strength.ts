import { isPValueMethod } from './format-monitor';

/** Thresholds the engine uses when none is given (Evidently's defaults), for numbers that come without one. */
export const DEFAULT_METHOD_THRESHOLDS: Readonly<Record<string, number>> = {
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * How far a drift number is towards drift, on one scale for every method: 0 = no sign of drift,
 * 0.5 = exactly at the threshold, 1 = far past it. Distances: value / (2 × threshold), so twice the
 * threshold or more is 1. P-values: ln p / (2 × ln threshold), so p = 1 is 0, p = threshold is 0.5
 * and p = threshold² (0.0025 for 0.05) or smaller is 1. Null when the value is missing.
 */
export function driftStrength(
  method: string,
  value: number | null | undefined,
  threshold?: number,
): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const t = threshold ?? DEFAULT_METHOD_THRESHOLDS[method];
  if (isPValueMethod(method)) {
    const limit = t !== undefined && t > 0 && t < 1 ? t : 0.05;
    if (value <= 0) return 1;
    if (value >= 1) return 0;
    return clamp01((0.5 * Math.log(value)) / Math.log(limit));
  }
  if (t === undefined || t <= 0) return value > 0 ? 1 : 0;
  return clamp01((0.5 * value) / t);
}
