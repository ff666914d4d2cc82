import { describe, expect, it } from 'vitest';
import { seededRandom, stratifiedSample } from './rng.js';

describe('stratifiedSample', () => {
  it('takes one value from each equal stratum, the same for the same seed', () => {
    const m = 1000;
    const values = Float64Array.from({ length: m }, (_, i) => i);
    const a = new Float64Array(100);
    expect(stratifiedSample(values, m, 100, a, 5)).toBe(100);
    for (let i = 0; i < 100; i++) {
      expect(a[i]).toBeGreaterThanOrEqual(i * 10);
      expect(a[i]).toBeLessThan((i + 1) * 10);
    }
    const b = new Float64Array(100);
    stratifiedSample(values, m, 100, b, 5);
    expect(Array.from(b)).toEqual(Array.from(a));
    const c = new Float64Array(100);
    stratifiedSample(values, m, 100, c, 6);
    expect(Array.from(c)).not.toEqual(Array.from(a));
  });

  it('takes everything when k ≥ m', () => {
    const out = new Float64Array(5);
    expect(stratifiedSample(Float64Array.from([4, 5, 6]), 3, 5, out, 1)).toBe(3);
    expect(Array.from(out.subarray(0, 3))).toEqual([4, 5, 6]);
  });

  it('draws uniform numbers in [0, 1)', () => {
    const r = seededRandom(9);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});
