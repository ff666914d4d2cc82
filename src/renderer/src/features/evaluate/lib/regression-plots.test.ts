import { describe, expect, it } from 'vitest';
import { identityDomain, residualBars } from './regression-plots';

describe('regression plots', () => {
  it('spans predicted and actual values alike', () => {
    expect(
      identityDomain([
        { predicted: 2, actual: 5 },
        { predicted: -1, actual: 3 },
      ]),
    ).toEqual([-1, 5]);
    expect(identityDomain([{ predicted: 4, actual: 4 }])).toEqual([3, 5]);
    expect(identityDomain([])).toBeNull();
  });

  it('labels residual bins', () => {
    expect(
      residualBars([
        { lo: -1.5, hi: -1, count: 3 },
        { lo: -1, hi: -0.5, count: 8 },
      ]),
    ).toEqual([
      { label: '-1.5 to -1', count: 3, mid: -1.25 },
      { label: '-1 to -0.5', count: 8, mid: -0.75 },
    ]);
  });
});
