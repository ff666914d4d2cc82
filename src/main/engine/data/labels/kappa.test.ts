import { describe, expect, it } from 'vitest';
import { cohenKappa } from './kappa.js';

describe('cohenKappa', () => {
  it('matches the definition on fixed inputs (values worked by hand)', () => {
    // p_o = 7/10; marginals A: a .4 b .3 c .3, B: a .4 b .4 c .2 → p_e = .16 + .12 + .06 = .34;
    // κ = (.7 - .34) / (1 - .34) = 6/11 (scikit-learn's cohen_kappa_score uses the same formula).
    const a = ['a', 'a', 'b', 'b', 'c', 'a', 'b', 'c', 'c', 'a'];
    const b = ['a', 'b', 'b', 'b', 'c', 'a', 'a', 'c', 'b', 'a'];
    expect(cohenKappa(a.map((x, i) => [x, b[i] as string] as const))).toBeCloseTo(6 / 11, 12);
    // Worked example (Wikipedia, "Cohen's kappa"): 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4
    const pairs: [string, string][] = [
      ...Array.from({ length: 20 }, (): [string, string] => ['yes', 'yes']),
      ...Array.from({ length: 5 }, (): [string, string] => ['yes', 'no']),
      ...Array.from({ length: 10 }, (): [string, string] => ['no', 'yes']),
      ...Array.from({ length: 15 }, (): [string, string] => ['no', 'no']),
    ];
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 12);
  });

  it('is 1 for perfect agreement, NaN for no shared rows', () => {
    expect(
      cohenKappa([
        ['x', 'x'],
        ['y', 'y'],
      ]),
    ).toBe(1);
    expect(cohenKappa([['x', 'x']])).toBe(1);
    expect(cohenKappa([])).toBeNaN();
  });
});
