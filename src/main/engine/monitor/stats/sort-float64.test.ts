import { describe, expect, it } from 'vitest';
import { sortedCopy } from './sort-float64.js';
import { lcgSample } from './test-samples.js';

describe('sortedCopy', () => {
  it('sorts a large array with negatives, zeros, ties and extremes like the built-in sort', () => {
    const values = lcgSample(42, 50_000, 0, 1e6);
    values[10] = 0;
    values[11] = -0;
    values[12] = Number.MAX_VALUE;
    values[13] = -Number.MAX_VALUE;
    values[14] = Number.MIN_VALUE;
    values[15] = -Number.MIN_VALUE;
    values[16] = values[17] as number;
    const expected = Float64Array.from(values).sort();
    const got = sortedCopy(values);
    expect(got.length).toBe(values.length);
    // compared with Object.is: -0 must sort before 0, as the built-in sort puts it
    let mismatches = 0;
    for (let i = 0; i < got.length; i++) if (!Object.is(got[i], expected[i])) mismatches++;
    expect(mismatches).toBe(0);
    const zero = got.indexOf(0); // the first of -0 / 0
    expect(Object.is(got[zero], -0)).toBe(true);
    expect(Object.is(got[zero + 1], 0)).toBe(true);
    expect(got[0]).toBe(-Number.MAX_VALUE);
    expect(got[got.length - 1]).toBe(Number.MAX_VALUE);
  });

  it('leaves its input untouched', () => {
    const values = Float64Array.from({ length: 2000 }, (_, i) => 1000 - i);
    sortedCopy(values);
    expect(values[0]).toBe(1000);
    expect(values[1999]).toBe(-999);
  });
});
