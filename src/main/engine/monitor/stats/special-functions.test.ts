import { describe, expect, it } from 'vitest';
import { chiSquaredSf, logGamma } from './special-functions.js';
import { expectRelClose } from './test-samples.js';

describe('chiSquaredSf (scipy.stats.chi2.sf)', () => {
  it('matches scipy 1.10.1 on both sides of the series/continued-fraction switch', () => {
    // reference: scipy 1.10.1 scipy.stats.chi2.sf(x, df)
    expectRelClose(chiSquaredSf(150, 120), 0.03307348091130466, 1e-12);
    expectRelClose(chiSquaredSf(3.2, 1), 0.07363827012030258, 1e-12);
    expectRelClose(chiSquaredSf(0.4, 7), 0.9997365611075912, 1e-14);
  });

  it('is 1 at 0 and e^(−x/2) for 2 degrees of freedom', () => {
    expect(chiSquaredSf(0, 4)).toBe(1);
    expectRelClose(chiSquaredSf(7, 2), Math.exp(-3.5), 1e-13);
  });
});

describe('logGamma', () => {
  it('is log((n−1)!) at integers and log √π at 1/2', () => {
    expectRelClose(logGamma(10), Math.log(362880), 1e-14);
    expectRelClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
  });
});
