/** Most points a drawn curve keeps. */
export const MAX_CURVE_POINTS = 200;

/**
 * Which of `count` points to keep so at most `max` remain: evenly spaced indices, ascending,
 * always the first and the last. All of them when there are no more than `max`.
 */
export function thinIndices(count: number, max = MAX_CURVE_POINTS): Int32Array {
  if (count <= max) return Int32Array.from({ length: count }, (_, i) => i);
  const out = new Int32Array(max);
  for (let i = 0; i < max; i++) out[i] = Math.round((i * (count - 1)) / (max - 1));
  return out;
}

/** A curve thinned to at most `max` points, keeping its endpoints. */
export function thinCurve<T>(points: readonly T[], max = MAX_CURVE_POINTS): T[] {
  if (points.length <= max) return points.slice();
  return Array.from(thinIndices(points.length, max), (i) => points[i] as T);
}
