import { describe, expect, it } from 'vitest';
import { countParts } from '../../../data/split/compute-split.js';
import { assignProductionRows, heldOutRowsOf, repeatedRowsOf } from './production-split.js';

const SPEC = { train: 0.6, validation: 0.2, test: 0.2 };

describe('splitting production rows', () => {
  it('gives each part its share (largest remainder), the same for the same seed', () => {
    const a = assignProductionRows(30, SPEC, 7);
    expect(countParts(a)).toEqual({ train: 18, validation: 6, test: 6 });
    expect(assignProductionRows(30, SPEC, 7)).toEqual(a);
    expect(assignProductionRows(30, SPEC, 8)).not.toEqual(a);
    // 7 rows: shares 4.2 / 1.4 / 1.4 → floors 4/1/1; the row left over goes to the largest remainder
    // (0.4: validation and test tie, validation first).
    expect(countParts(assignProductionRows(7, SPEC, 1))).toEqual({ train: 4, validation: 2, test: 1 });
    expect(assignProductionRows(0, SPEC, 1)).toEqual(new Uint8Array(0));
  });

  it('repeats only train rows, (weight − 1) rounds in row order; held-out rows are the others', () => {
    const a = Uint8Array.from([0, 2, 0, 1, 0]);
    expect(Array.from(repeatedRowsOf(a, 3))).toEqual([0, 2, 4, 0, 2, 4]);
    expect(Array.from(repeatedRowsOf(a, 1))).toEqual([]);
    expect(Array.from(heldOutRowsOf(a))).toEqual([1, 3]);
  });
});
