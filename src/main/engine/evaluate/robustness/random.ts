/** Seeded random streams for the robustness suite: one independent stream per perturbation. */
import { mulberry32 } from '../../data/split/prng.js';

/** A 32-bit seed mixed from the run's seed and a perturbation's identity (murmur3's finaliser). */
export function streamSeed(seed: number, ...parts: number[]): number {
  let h = seed >>> 0;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x9e3779b1) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Uniform draws in [0, 1) for one perturbation, independent of every other perturbation's. */
export function uniformStream(seed: number, ...parts: number[]): () => number {
  return mulberry32(streamSeed(seed, ...parts));
}

/** Standard normal draws (Box–Muller over a uniform stream; the second value of each pair is kept for the next call). */
export function gaussianStream(uniform: () => number): () => number {
  let spare = Number.NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    const u1 = 1 - uniform(); // (0, 1]: the logarithm stays finite
    const u2 = uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
}
