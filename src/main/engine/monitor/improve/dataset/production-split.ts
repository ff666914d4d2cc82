/**
 * Where production rows go: a seeded train / validation / test assignment in the base split's
 * proportions (largest-remainder counts, as every split of the app), and the extra copies of the
 * train rows that recency weighting adds. Held-out rows are never copied, so no row of the
 * validation or test part also sits in train.
 */
import type { SplitSpec } from '../../../../../shared/data.js';
import { TEST, TRAIN, VALIDATION } from '../../../data/split/compute-split.js';
import { seededPermutation } from '../../../data/split/prng.js';
import { splitCounts } from '../../../data/split/split-counts.js';

/** Per production row: 0 train, 1 validation, 2 test. */
export function assignProductionRows(
  n: number,
  spec: Pick<SplitSpec, 'train' | 'validation' | 'test'>,
  seed: number,
): Uint8Array {
  const counts = splitCounts(n, spec);
  const order = seededPermutation(n, seed);
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    out[order[k] as number] =
      k < counts.train ? TRAIN : k < counts.train + counts.validation ? VALIDATION : TEST;
  }
  return out;
}

/** The production rows (indexes) the copies repeat: every train row, (weight − 1) rounds, in row order. */
export function repeatedRowsOf(assignment: Uint8Array, weight: number): Int32Array {
  const train: number[] = [];
  for (let i = 0; i < assignment.length; i++) if (assignment[i] === TRAIN) train.push(i);
  const rounds = Math.max(0, weight - 1);
  const out = new Int32Array(train.length * rounds);
  for (let r = 0; r < rounds; r++) out.set(train, r * train.length);
  return out;
}

/** The held-out production rows (validation and test), in row order. */
export function heldOutRowsOf(assignment: Uint8Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < assignment.length; i++) if (assignment[i] !== TRAIN) out.push(i);
  return Int32Array.from(out);
}
