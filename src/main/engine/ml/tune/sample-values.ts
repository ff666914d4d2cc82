/**
 * Seeded sampling of a search space. Trial k's values depend only on (seed, k) and the space, so
 * a tuning re-run with the same seed proposes the same trials in the same order, whatever the
 * concurrency or the order trials finish in.
 *
 * float: uniform on [min, max], or log-uniform when `log`; kept to 4 significant digits.
 * int: uniform over the integers min..max (log: log-uniform over [min − ½, max + ½], rounded).
 * choice: each value equally likely.
 */
import type { SearchDimension, SearchSpace } from '../../../../shared/train.js';
import { mulberry32 } from '../../data/split/prng.js';
import type { TrialValues } from './apply-values.js';

/** A 32-bit seed for trial `trial` of a tuning seeded with `seed` (a murmur3-style mix). */
export function trialSeed(seed: number, trial: number): number {
  let h = Math.imul((seed ^ 0x9e3779b9) >>> 0, 0xcc9e2d51) ^ Math.imul(trial + 1, 0x1b873593);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** One value of the dimension from a uniform draw u in [0, 1). */
export function sampleDimension(d: SearchDimension, u: number): string | number | boolean {
  switch (d.type) {
    case 'choice':
      return d.values[Math.min(d.values.length - 1, Math.floor(u * d.values.length))] as
        | string
        | number
        | boolean;
    case 'float': {
      const x = d.log
        ? Math.exp(Math.log(d.min) + u * (Math.log(d.max) - Math.log(d.min)))
        : d.min + u * (d.max - d.min);
      return clamp(Number(x.toPrecision(4)), d.min, d.max);
    }
    case 'int': {
      const lo = d.min - 0.5;
      const hi = d.max + 0.5;
      const x = d.log ? Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))) : lo + u * (hi - lo);
      return clamp(Math.round(x), d.min, d.max);
    }
  }
}

/** Trial `trial`'s values: one draw per dimension, in the space's order. */
export function sampleTrialValues(space: SearchSpace, seed: number, trial: number): TrialValues {
  const rand = mulberry32(trialSeed(seed, trial));
  const values: TrialValues = {};
  for (const d of space) values[d.path] = sampleDimension(d, rand());
  return values;
}
