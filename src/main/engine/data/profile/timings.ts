/** Phases of computeProfile, timed when the caller asks (the benchmark does). */
export type ProfilePhase =
  | 'numeric'
  | 'distinct'
  | 'quantiles'
  | 'histogram'
  | 'categories'
  | 'text'
  | 'target'
  | 'association';

/** Milliseconds spent per phase, summed over columns. */
export type ProfileTimings = Partial<Record<ProfilePhase, number>>;

export function timed<T>(timings: ProfileTimings | null, phase: ProfilePhase, fn: () => T): T {
  if (!timings) return fn();
  const t0 = performance.now();
  const out = fn();
  timings[phase] = (timings[phase] ?? 0) + (performance.now() - t0);
  return out;
}
