import { describe, expect, it } from 'vitest';
import { numericDriftStats } from './numeric-drift-stats.js';
import { numericSample } from './numeric-sample.js';
import { expectRelClose, lcgSample } from './test-samples.js';

// Reference values: scipy 1.10.1 / numpy 1.24.2 (Python 3.11):
//   scipy.stats.ks_2samp(a, b)  (method='auto'), scipy.stats.wasserstein_distance(a, b), numpy.std(a)
// Generated samples use lcg_sample (see test-samples.ts) with the same seeds in Python.
const A = [0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06];
const B = [0.57, -0.1, 0.39, 1.04, 0.88, 1.2, 1.1, 0.71, 1.61, 0.53, 0.29, 1.48, 0.12, 0.87, 1.05];

function stats(a: ArrayLike<number>, b: ArrayLike<number>, bins?: number) {
  const r = numericDriftStats(
    numericSample(Float64Array.from(a)),
    numericSample(Float64Array.from(b)),
    bins === undefined ? {} : { psiBins: bins },
  );
  if (r === null) throw new Error('expected statistics');
  return r;
}

describe('two-sample Kolmogorov–Smirnov (scipy.stats.ks_2samp)', () => {
  it('exact, unequal sizes with ties across samples (12 vs 15)', () => {
    const r = stats(A, B);
    expect(r.ks.mode).toBe('exact');
    expectRelClose(r.ks.statistic, 0.5166666666666667, 1e-15);
    expectRelClose(r.ks.pValue, 0.03980496851677361, 1e-12);
  });

  it('exact, equal sizes (10 vs 10)', () => {
    const r = stats(A.slice(0, 10), B.slice(0, 10));
    expect(r.ks.mode).toBe('exact');
    expectRelClose(r.ks.statistic, 0.5, 1e-15);
    expectRelClose(r.ks.pValue, 0.16782134274394334, 1e-12);
  });

  it('exact, 800 vs 1000', () => {
    // ks_2samp(lcg_sample(12345, 800), lcg_sample(777, 1000, shift=0.1))
    const r = stats(lcgSample(12345, 800), lcgSample(777, 1000, 0.1));
    expect(r.ks.mode).toBe('exact');
    expectRelClose(r.ks.statistic, 0.07175, 1e-12);
    expectRelClose(r.ks.pValue, 0.019620103737682446, 1e-10);
  });

  it('asymptotic, 12 000 vs 15 000 (Pelz–Good branch of kstwo)', () => {
    // ks_2samp(lcg_sample(1, 12000), lcg_sample(2, 15000, shift=0.01))
    const r = stats(lcgSample(1, 12000), lcgSample(2, 15000, 0.01));
    expect(r.ks.mode).toBe('asymp');
    expectRelClose(r.ks.statistic, 0.01468333333333327, 1e-12);
    expectRelClose(r.ks.pValue, 0.11172973392877239, 1e-10);
  });

  it('asymptotic, strongly drifted, 20 000 vs 30 000 (smirnov branch)', () => {
    // ks_2samp(lcg_sample(5, 20000), lcg_sample(6, 30000, shift=0.05))
    const r = stats(lcgSample(5, 20000), lcgSample(6, 30000, 0.05));
    expect(r.ks.mode).toBe('asymp');
    expectRelClose(r.ks.statistic, 0.03885000000000005, 1e-12);
    expectRelClose(r.ks.pValue, 3.5728668348096844e-16, 1e-9);
  });

  it('asymptotic above the exact-cost cap, 10 000 vs 9 999 (scipy would count exactly)', () => {
    // ks_2samp(lcg_sample(11, 10000), lcg_sample(12, 9999), method='asymp') = (0.01711976197619762, 0.10546919735266458);
    // method='auto' gives the exact p 0.10547897352541702 after ~3.4e6 lattice steps, above KS_EXACT_MAX_STEPS.
    const r = stats(lcgSample(11, 10000), lcgSample(12, 9999));
    expect(r.ks.mode).toBe('asymp');
    expectRelClose(r.ks.statistic, 0.01711976197619762, 1e-12);
    expectRelClose(r.ks.pValue, 0.10546919735266458, 1e-10);
  });

  it('asymptotic with a small side, 100 vs 20 000 (effective n = 100 ≤ 140)', () => {
    // ks_2samp(lcg_sample(3, 100), lcg_sample(4, 20000, shift=0.2))
    const r = stats(lcgSample(3, 100), lcgSample(4, 20000, 0.2));
    expect(r.ks.mode).toBe('asymp');
    expectRelClose(r.ks.statistic, 0.08289999999999997, 1e-12);
    expectRelClose(r.ks.pValue, 0.47273534718223365, 1e-10);
  });

  it('skips NaN and ±Infinity: same result as without them', () => {
    const withGaps = [...A, Number.NaN, Number.POSITIVE_INFINITY, Number.NaN];
    const r = stats(withGaps, [Number.NEGATIVE_INFINITY, ...B]);
    expect(r.referenceRows).toBe(12);
    expect(r.currentRows).toBe(15);
    expectRelClose(r.ks.pValue, 0.03980496851677361, 1e-12);
  });
});

describe('Wasserstein-1 distance (scipy.stats.wasserstein_distance)', () => {
  it('small samples with ties, and normalised by numpy.std(reference)', () => {
    const r = stats(A, B);
    expectRelClose(r.wasserstein, 0.7044999999999999, 1e-13);
    expectRelClose(r.referenceStd, 0.7998971288026145, 1e-13);
    expectRelClose(r.wassersteinNormalized, 0.7044999999999999 / 0.7998971288026145, 1e-13);
  });

  it('large samples', () => {
    const r = stats(lcgSample(1, 12000), lcgSample(2, 15000, 0.01));
    expectRelClose(r.wasserstein, 0.013632376825899689, 1e-11);
    expectRelClose(r.referenceStd, 0.5729773226243994, 1e-12);
    const d = stats(lcgSample(5, 20000), lcgSample(6, 30000, 0.05));
    expectRelClose(d.wasserstein, 0.05491547874151442, 1e-11);
  });

  it('normalises by 0.001 when the reference is constant', () => {
    const r = stats([2, 2, 2, 2], [2, 2, 3, 3]);
    expect(r.referenceStd).toBe(0);
    // W = ∫|F_ref − F_cur| = 0.5 over [2, 3]
    expect(r.wasserstein).toBe(0.5);
    expect(r.wassersteinNormalized).toBeCloseTo(500, 10);
  });
});

describe('PSI over quantile bins of the reference', () => {
  it('matches a hand computation (5 bins of 1…10)', () => {
    const r = stats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 1, 1, 3, 5, 7, 9, 11, 12], 5);
    // cuts 2, 4, 6, 8 → reference 0.2 per bin; current (−∞,2]: 4, (2,4]: 1, (4,6]: 1, (6,8]: 1, (8,∞): 3
    expect(r.psi.edges).toEqual([1, 2, 4, 6, 8, 10]);
    expect(r.psi.bins).toBe(5);
    expect(r.psi.referenceShares).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(r.psi.currentShares).toEqual([0.4, 0.1, 0.1, 0.1, 0.3]);
    // (0.4−0.2)·ln 2 + 3·(0.1−0.2)·ln 0.5 + (0.3−0.2)·ln 1.5 = 0.5·ln 2 + 0.1·ln 1.5
    expect(r.psi.value).toBeCloseTo(0.5 * Math.log(2) + 0.1 * Math.log(1.5), 14);
  });

  it('floors an empty current bin at 1e-4', () => {
    const r = stats([1, 2, 3, 4], [1, 1, 2, 2], 2);
    // cut 2 → reference [0.5, 0.5], current [1, 0 → 1e-4]
    expect(r.psi.currentShares).toEqual([1, 0]);
    expect(r.psi.value).toBeCloseTo(0.5 * Math.log(2) + (1e-4 - 0.5) * Math.log(1e-4 / 0.5), 12);
  });

  it('honours the bin count: 7 bins of 100 distinct values', () => {
    const ref = Array.from({ length: 100 }, (_, i) => i);
    const r = stats(ref, ref, 7);
    expect(r.psi.binsRequested).toBe(7);
    expect(r.psi.bins).toBe(7);
    // bin k holds ⌈100k/7⌉ − ⌈100(k−1)/7⌉ values
    expect(r.psi.referenceShares.map((s) => Math.round(s * 100))).toEqual([15, 14, 14, 15, 14, 14, 14]);
    expect(r.psi.value).toBe(0);
  });
});
