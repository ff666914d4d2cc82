import { describe, expect, it } from 'vitest';
import { binShares, quantileCuts } from './quantile-bins.js';

const sorted = (xs: number[]) => Float64Array.from(xs).sort();

describe('quantileCuts', () => {
  it('takes inverted-CDF quantiles: bins − 1 cuts for distinct values', () => {
    expect(quantileCuts(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 5)).toEqual([2, 4, 6, 8]);
    expect(quantileCuts(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 4)).toEqual([3, 5, 8]);
  });

  it('merges tied cuts at the low end: a mass at the minimum is one bin', () => {
    const ref = sorted([0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
    const cuts = quantileCuts(ref, 5);
    expect(cuts).toEqual([0, 2]);
    expect(binShares(ref, cuts)).toEqual([0.6, 0.2, 0.2]);
  });

  it('moves cuts at the maximum to the value below it: a mass at the maximum gets its own bin', () => {
    const ref = sorted([1, 2, 3, 4, 5, 5, 5, 5, 5, 5]);
    const cuts = quantileCuts(ref, 5);
    expect(cuts).toEqual([2, 4]);
    expect(binShares(ref, cuts)).toEqual([0.2, 0.2, 0.6]);
  });

  it('splits a binary feature whatever its balance', () => {
    const mostlyOnes = sorted([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(quantileCuts(mostlyOnes, 10)).toEqual([0]);
    const mostlyZeros = sorted([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(quantileCuts(mostlyZeros, 10)).toEqual([0]);
  });

  it('has no cut for a constant reference (one bin)', () => {
    expect(quantileCuts(sorted([3, 3, 3]), 10)).toEqual([]);
  });
});

describe('binShares', () => {
  it('counts right-closed bins with open outer bins', () => {
    expect(binShares(sorted([-5, 1, 2, 2.5, 3, 100]), [2, 3])).toEqual([3 / 6, 2 / 6, 1 / 6]);
  });
});
