import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split/prng.js';
import { rankedCounts } from '../metrics/ranked-counts.js';
import { rocAucOf } from '../metrics/roc.js';
import { scoreOrder } from './score-order.js';
import { sliceAucs } from './slice-metrics.js';

describe('sliceAucs', () => {
  it('equal the ROC-AUC of each slice on its own rows, with many tied scores', () => {
    const rand = mulberry32(11);
    const n = 3000;
    const slices = 7;
    const probs = new Float64Array(2 * n);
    const actual = new Int32Array(n);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = Math.round(rand() * 20) / 20;
      probs[2 * i] = 1 - p;
      probs[2 * i + 1] = p;
      ids[i] = Math.floor(rand() * slices);
      // Slice 6 has only negatives.
      actual[i] = ids[i] !== 6 && rand() < p ? 1 : 0;
    }
    const got = sliceAucs(ids, slices, actual, scoreOrder(probs, 2, 1, n));
    for (let s = 0; s < slices; s++) {
      const pos: number[] = [];
      const neg: number[] = [];
      for (let i = 0; i < n; i++)
        if (ids[i] === s) (actual[i] === 1 ? pos : neg).push(probs[2 * i + 1] as number);
      const expected = rocAucOf(rankedCounts(Float64Array.from(pos), Float64Array.from(neg)));
      if (expected === null) expect(got[s]).toBeNull();
      else expect(got[s]).toBeCloseTo(expected, 12);
    }
    expect(got[6]).toBeNull();
  });
});
