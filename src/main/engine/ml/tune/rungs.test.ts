import { describe, expect, it } from 'vitest';
import { computeRungs, plannedEpochs } from './rungs.js';

describe('successive-halving rungs', () => {
  it('grows by eta from r_min up to maxEpochs, limited by epochs and trials', () => {
    expect(computeRungs(27, 3, 81)).toEqual([1, 3, 9, 27]);
    expect(computeRungs(9, 3, 12)).toEqual([1, 3, 9]);
    // 3^2 = 9 ≤ 12 but 3^3 > 12: two halvings; r_min = round(12 / 9) = 1, and the top is 12.
    expect(computeRungs(12, 3, 12)).toEqual([1, 3, 12]);
    // 4 trials allow one halving: r_min = 27 / 3.
    expect(computeRungs(27, 3, 4)).toEqual([9, 27]);
    // 2^3 = 8 ≤ 10: r_min = round(10 / 8) = 1, rungs 1, 2, 4, then the top 10.
    expect(computeRungs(10, 2, 100)).toEqual([1, 2, 4, 10]);
    expect(computeRungs(1, 3, 10)).toEqual([1]);
    expect(computeRungs(20, 3, 2)).toEqual([20]);
  });

  it('plans n·r_0 + Σ n_k·(r_k − r_{k−1}) epochs', () => {
    expect(plannedEpochs([1, 3, 9], 3, 12)).toBe(12 * 1 + 4 * 2 + 1 * 6);
    expect(plannedEpochs([9, 27], 3, 4)).toBe(4 * 9 + 1 * 18);
    expect(plannedEpochs([10], 3, 5)).toBe(50);
  });
});
