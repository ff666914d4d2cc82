import { describe, expect, it } from 'vitest';
import { quantileRecord, quantileSorted } from './quantiles.js';
import { seededRandom } from './rng.js';
import { selectPositions } from './select.js';

/** Reference: sort a copy and interpolate (numpy's default "linear" method). */
function reference(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = q * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}

describe('quantiles', () => {
  it('interpolates linearly like numpy', () => {
    const s = Float64Array.from([1, 2, 3, 4]);
    // numpy.percentile([1,2,3,4], [25, 50, 75]) = [1.75, 2.5, 3.25]
    expect(quantileSorted(s, 4, 0.25)).toBe(1.75);
    expect(quantileSorted(s, 4, 0.5)).toBe(2.5);
    expect(quantileSorted(s, 4, 0.75)).toBe(3.25);
    expect(quantileSorted(s, 4, 1)).toBe(4);
  });

  it('quantileRecord by selection equals quantiles of a full sort', () => {
    const rand = seededRandom(7);
    for (const n of [1, 2, 3, 10, 101, 1000, 50_000]) {
      const values = Array.from({ length: n }, () => Math.floor(rand() * 50) + rand() * (n % 2));
      const arr = Float64Array.from(values);
      const q = quantileRecord(arr, n, Math.min(...values), Math.max(...values));
      for (const p of [0, 1, 5, 25, 50, 75, 95, 99, 100])
        expect(q[`p${p}`]).toBeCloseTo(reference(values, p / 100), 9);
    }
  });

  it('selectPositions settles the asked order statistics on sorted, reversed, constant and organ-pipe inputs', () => {
    const n = 20_000;
    const inputs: number[][] = [
      Array.from({ length: n }, (_, i) => i),
      Array.from({ length: n }, (_, i) => n - i),
      Array.from({ length: n }, () => 3),
      Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i)),
      Array.from({ length: n }, (_, i) => i % 3),
    ];
    const positions = [0, 199, 200, 4999, 5000, 9999, 10000, 19999];
    for (const values of inputs) {
      const a = Float64Array.from(values);
      selectPositions(a, n, positions);
      const sorted = [...values].sort((x, y) => x - y);
      for (const p of positions) expect(a[p]).toBe(sorted[p]);
    }
  });
});
