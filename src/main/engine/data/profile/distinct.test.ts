import { describe, expect, it } from 'vitest';
import { countDistinct } from './distinct.js';
import { seededRandom } from './rng.js';

describe('countDistinct', () => {
  it('is exact for small columns', () => {
    const v = Float64Array.from([3, 1, 3, 2, 1.5, 2, 0]);
    expect(countDistinct(v, v.length)).toEqual({ distinct: 5, approx: false });
  });

  it('stays exact above 200k values when there are few distinct values', () => {
    const rand = seededRandom(1);
    const v = Float64Array.from({ length: 300_000 }, () => Math.floor(rand() * 57));
    expect(countDistinct(v, v.length)).toEqual({ distinct: 57, approx: false });
  });

  it('estimates many distinct values above 200k within 3%', () => {
    const n = 400_000;
    // 250,000 distinct values, each at least once
    const v = Float64Array.from({ length: n }, (_, i) => (i % 250_000) * 1.37);
    const d = countDistinct(v, n);
    expect(d.approx).toBe(true);
    expect(Math.abs(d.distinct - 250_000) / 250_000).toBeLessThan(0.03);
  });

  it('counts integer columns exactly with a bitmap, falling back when a value is not an integer', () => {
    const n = 300_000;
    const v = Float64Array.from({ length: n }, (_, i) => (i * 7919) % n); // all different
    expect(countDistinct(v, n, 0, n - 1)).toEqual({ distinct: n, approx: false });
    expect(countDistinct(Float64Array.from([1, 1.5, 2, 2]), 4, 1, 2)).toEqual({ distinct: 3, approx: false });
  });
});
