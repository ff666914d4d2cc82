import { describe, expect, it } from 'vitest';
import { thresholdTable } from './thresholds.js';

describe('thresholdTable', () => {
  it('counts a probability equal to a threshold as class 1 there, despite p × 100 rounding down', () => {
    // 0.29 × 100 = 28.999999999999996 and 0.57 × 100 = 56.99999999999999 in doubles.
    // P1 = 0.29 and 0.57 for the two positives, 0.1 for the negative.
    const t = thresholdTable([0.71, 0.29, 0.43, 0.57, 0.9, 0.1], [1, 1, 0]);
    const at = (x: number) => t.find((p) => p.threshold === x);
    expect(at(0.1)).toEqual({ threshold: 0.1, tp: 2, fp: 1, tn: 0, fn: 0 });
    expect(at(0.11)).toEqual({ threshold: 0.11, tp: 2, fp: 0, tn: 1, fn: 0 });
    expect(at(0.29)).toEqual({ threshold: 0.29, tp: 2, fp: 0, tn: 1, fn: 0 });
    expect(at(0.3)).toEqual({ threshold: 0.3, tp: 1, fp: 0, tn: 1, fn: 1 });
    expect(at(0.57)).toEqual({ threshold: 0.57, tp: 1, fp: 0, tn: 1, fn: 1 });
    expect(at(0.58)).toEqual({ threshold: 0.58, tp: 0, fp: 0, tn: 1, fn: 2 });
  });
});
