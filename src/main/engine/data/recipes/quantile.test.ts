import { describe, expect, it } from 'vitest';
import { finiteValues, quantileOf } from './quantile.js';

describe('quantiles', () => {
  it('match a sort-based type-7 quantile on random data with many ties', () => {
    let seed = 3;
    const rand = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let it = 0; it < 300; it++) {
      const n = 1 + Math.floor(rand() * 200);
      const values = Float64Array.from({ length: n }, () =>
        rand() < 0.3 ? Math.floor(rand() * 4) : rand() * 100 - 50,
      );
      const sorted = Float64Array.from(values).sort();
      for (const q of [0, 0.01, 0.25, 0.5, 0.75, 0.99, 1]) {
        const h = (n - 1) * q;
        const lo = Math.floor(h);
        const a = sorted[lo] as number;
        const expected = lo + 1 < n ? a + (h - lo) * ((sorted[lo + 1] as number) - a) : a;
        expect(quantileOf(Float64Array.from(values), q)).toBe(expected);
      }
    }
    expect(quantileOf(new Float64Array(0), 0.5)).toBeNaN();
    expect(Array.from(finiteValues(Float64Array.from([1, Number.NaN, Number.POSITIVE_INFINITY, 2])))).toEqual(
      [1, 2],
    );
  });
});
