import { describe, expect, it } from 'vitest';
import { scanNumbers } from './numeric-stats.js';

describe('scanNumbers', () => {
  it('computes min, max, mean, sample std, zeros and missing, and compacts the values', () => {
    const values = Float64Array.from([2, Number.NaN, 4, 0, 4, Number.NaN, 5, 5, 7, 9]);
    const scratch = new Float64Array(values.length);
    const s = scanNumbers(values, scratch);
    // present: 2 4 0 4 5 5 7 9 → n 8, sum 36, mean 4.5, Σ(x-mean)² = 6.25+.25+20.25+.25+.25+.25+6.25+20.25 = 54
    expect(s.present).toBe(8);
    expect(s.missing).toBe(2);
    expect(s.min).toBe(0);
    expect(s.max).toBe(9);
    expect(s.mean).toBeCloseTo(4.5, 12);
    expect(s.std).toBeCloseTo(Math.sqrt(54 / 7), 12);
    expect(s.zeros).toBe(1);
    expect(Array.from(scratch.subarray(0, 8))).toEqual([2, 4, 0, 4, 5, 5, 7, 9]);
  });

  it('keeps precision with a large offset', () => {
    const values = Float64Array.from([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    const s = scanNumbers(values, new Float64Array(4));
    expect(s.mean).toBe(1e9 + 10);
    // deviations -6, -3, 3, 6 → Σ² = 90, / 3 = 30
    expect(s.std).toBeCloseTo(Math.sqrt(30), 9);
  });

  it('stores -0 as 0 and counts it as a zero', () => {
    const scratch = new Float64Array(2);
    const s = scanNumbers(Float64Array.from([-0, 1]), scratch);
    expect(s.zeros).toBe(1);
    expect(Object.is(scratch[0], 0)).toBe(true);
  });

  it('handles an all-missing column and a single value', () => {
    expect(scanNumbers(Float64Array.from([Number.NaN, Number.NaN]), new Float64Array(2))).toMatchObject({
      present: 0,
      missing: 2,
    });
    expect(scanNumbers(Float64Array.from([3]), new Float64Array(1))).toMatchObject({
      present: 1,
      mean: 3,
      std: 0,
      min: 3,
      max: 3,
    });
  });
});
