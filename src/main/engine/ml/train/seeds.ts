/**
 * Derived seeds: every random choice in training (initial weights, dropout masks, row order) is a
 * pure function of the run's seed and a few integers, so a run repeats exactly and a resumed run
 * continues exactly as it would have gone on.
 */

/** A seed in [1, 2^31 − 1] mixed from the parts (tfjs treats a seed of 0 as "no seed"). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
  }
  return (h >>> 1) % 0x7ffffffe || 1;
}

/** A sequence of derived seeds: the i-th call gives mixSeed(seed, salt, i). */
export class SeedSequence {
  private i = 0;
  constructor(
    private readonly seed: number,
    private readonly salt: number,
  ) {}

  next(): number {
    this.i += 1;
    return mixSeed(this.seed, this.salt, this.i);
  }
}
