import { describe, expect, it } from 'vitest';
import { extent, linearScale, niceStep, ticks } from './axes.js';

describe('axes', () => {
  it('maps a domain linearly onto a (reversed) range', () => {
    const y = linearScale([0, 1], [256, 12]);
    expect(y(0)).toBe(256);
    expect(y(1)).toBe(12);
    expect(y(0.5)).toBe(134);
  });

  it('picks round steps of 1, 2 or 5 × 10^k', () => {
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(0.06, 5)).toBeCloseTo(0.02, 12);
    expect(niceStep(180000, 5)).toBe(50000);
  });

  it('puts ticks on round values inside the domain', () => {
    expect(ticks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks([0.75, 0.86])).toEqual([0.75, 0.8, 0.85]);
    expect(ticks([0.78, 0.86])).toEqual([0.78, 0.8, 0.82, 0.84, 0.86]);
    expect(ticks([-90000, 90000])).toEqual([-50000, 0, 50000]);
  });

  it('widens the data range to round values, pads a single value, ignores non-finite ones', () => {
    expect(extent([0.7588, 0.8525])).toEqual([0.74, 0.86]);
    expect(extent([3, 3])).toEqual([2.6, 3.4]);
    expect(extent([40, 820], true)).toEqual([0, 1000]);
    expect(extent([Number.NaN, 2, 4])).toEqual([2, 4]);
    expect(extent([])).toEqual([0, 1]);
  });
});
