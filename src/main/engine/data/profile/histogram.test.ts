import { describe, expect, it } from 'vitest';
import { binCount, histogram } from './histogram.js';

describe('histogram', () => {
  it('gives integer columns with a small range one bin per value', () => {
    const v = Float64Array.from([1, 1, 2, 3, 3, 3, 5]);
    const h = histogram(v, v.length, 1, 5, 2, true);
    expect(h.edges).toEqual([1, 2, 3, 4, 5, 6]);
    expect(h.counts).toEqual([2, 1, 3, 0, 1]);
  });

  it('uses integer-wide bins for wide integer ranges', () => {
    const v = Float64Array.from({ length: 100 }, (_, i) => i);
    const h = histogram(v, 100, 0, 99, 49.5, true);
    expect(h.edges.length).toBe(h.counts.length + 1);
    expect(h.counts.length).toBeLessThanOrEqual(30);
    const width = (h.edges[1] as number) - (h.edges[0] as number);
    expect(Number.isInteger(width)).toBe(true);
    for (const c of h.counts.slice(0, -1)) expect(c).toBe(width);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('puts the maximum in the last float bin and covers min..max', () => {
    const v = Float64Array.from([0, 0.1, 0.5, 0.9, 1]);
    const h = histogram(v, 5, 0, 1, 0.8, false);
    expect(h.edges[0]).toBe(0);
    expect(h.edges[h.edges.length - 1]).toBe(1);
    expect(h.counts.length).toBe(5); // n = 5 → at least min(10, n) bins
    expect(h.counts).toEqual([2, 0, 1, 0, 2]);
  });

  it('handles a constant column', () => {
    expect(histogram(Float64Array.from([4, 4, 4]), 3, 4, 4, 0, false)).toEqual({
      edges: [4, 4],
      counts: [3],
    });
  });

  it('keeps 10..30 bins (Freedman–Diaconis, Sturges when the IQR is 0)', () => {
    expect(binCount(1_000_000, 0, 1, 0.5)).toBe(30);
    expect(binCount(1000, 0, 1, 0)).toBe(11); // Sturges: ceil(log2 1000) + 1
    expect(binCount(1000, 0, 100, 50)).toBe(10); // FD gives 10
  });
});
