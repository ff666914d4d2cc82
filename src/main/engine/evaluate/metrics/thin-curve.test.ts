import { describe, expect, it } from 'vitest';
import { thinCurve, thinIndices } from './thin-curve.js';

describe('thinCurve', () => {
  it('keeps short curves whole', () => {
    expect(thinCurve([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });

  it('keeps the endpoints and evenly spaced points in between', () => {
    const pts = Array.from({ length: 11 }, (_, i) => i * 10);
    expect(thinCurve(pts, 6)).toEqual([0, 20, 40, 60, 80, 100]);
    const many = thinIndices(100_000, 200);
    expect(many).toHaveLength(200);
    expect(many[0]).toBe(0);
    expect(many[199]).toBe(99_999);
    expect(new Set(many).size).toBe(200);
  });
});
