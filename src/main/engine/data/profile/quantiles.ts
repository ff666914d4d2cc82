import { selectPositions } from './select.js';

/** The quantiles every numeric profile carries, keyed p0 … p100. */
export const QUANTILE_LEVELS = [0, 1, 5, 25, 50, 75, 95, 99, 100] as const;

/** Above this many values, quantiles come from a seeded sample of this size. */
export const EXACT_LIMIT = 200_000;

/** The q-quantile (0..1) of sorted[0..m) by linear interpolation (numpy's default). */
export function quantileSorted(sorted: Float64Array, m: number, q: number): number {
  if (m === 0) return Number.NaN;
  const pos = q * (m - 1);
  const lo = Math.floor(pos);
  const a = sorted[lo] as number;
  if (lo + 1 >= m) return a;
  const frac = pos - lo;
  return frac === 0 ? a : a + ((sorted[lo + 1] as number) - a) * frac;
}

/**
 * p0 … p100 of values[0..m) (reordered in place), exactly as from a full sort with linear
 * interpolation, but by selecting only the order statistics the quantiles need.
 * min and max are the known extremes (p0 and p100).
 */
export function quantileRecord(
  values: Float64Array,
  m: number,
  min: number,
  max: number,
): Record<string, number> {
  const positions = new Set<number>();
  for (const p of QUANTILE_LEVELS) {
    if (p === 0 || p === 100) continue;
    const lo = Math.floor((p / 100) * (m - 1));
    positions.add(lo);
    if (lo + 1 < m) positions.add(lo + 1);
  }
  selectPositions(
    values,
    m,
    [...positions].sort((a, b) => a - b),
  );
  const out: Record<string, number> = {};
  for (const p of QUANTILE_LEVELS) {
    out[`p${p}`] = p === 0 ? min : p === 100 ? max : quantileSorted(values, m, p / 100);
  }
  return out;
}
