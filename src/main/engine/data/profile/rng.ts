/** A small seeded PRNG (mulberry32): the same seed gives the same sample on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded stratified random sample of k of values[0..m) into out[0..k): [0, m) is cut into k
 * equal strata and one uniformly random element is taken from each. Every element has the
 * same chance k/m, the reads run front to back (cache-friendly), and values is not modified.
 */
export function stratifiedSample(
  values: Float64Array,
  m: number,
  k: number,
  out: Float64Array,
  seed: number,
): number {
  const take = Math.min(k, m);
  const rand = seededRandom(seed);
  const stride = m / take;
  for (let i = 0; i < take; i++) {
    let j = Math.floor((i + rand()) * stride);
    if (j >= m) j = m - 1;
    out[i] = values[j] as number;
  }
  return take;
}
