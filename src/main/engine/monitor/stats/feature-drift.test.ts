import { describe, expect, it } from 'vitest';
import { FeatureDrift } from '../../../../shared/monitor.js';
import { categorySample } from './category-sample.js';
import { featureDrift } from './feature-drift.js';
import { numericSample } from './numeric-sample.js';
import { lcgSample } from './test-samples.js';

const A = Float64Array.from([0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06]);
const B = Float64Array.from([
  0.57, -0.1, 0.39, 1.04, 0.88, 1.2, 1.1, 0.71, 1.61, 0.53, 0.29, 1.48, 0.12, 0.87, 1.05,
]);

function cats(n: number, labels: string[]): string[] {
  return Array.from({ length: n }, (_, i) => labels[i % labels.length] as string);
}

describe('featureDrift: numeric method choice', () => {
  it('uses KS with ≤ 1000 present reference values, Wasserstein above', () => {
    const cur = lcgSample(9, 500);
    expect(featureDrift(lcgSample(1, 1000), cur, 'numeric').method).toBe('ks');
    expect(featureDrift(lcgSample(1, 1001), cur, 'numeric').method).toBe('wasserstein');
    // 1001 values of which 5 are missing: 996 present → still the small-sample test
    const gappy = lcgSample(1, 1001);
    for (let i = 0; i < 5; i++) gappy[i * 100] = Number.NaN;
    expect(featureDrift(gappy, cur, 'numeric').method).toBe('ks');
  });

  it('records the KS p-value and flags drift below 0.05 (default) or the given threshold', () => {
    // scipy 1.10.1 ks_2samp(A, B).pvalue = 0.03980496851677361
    const d = featureDrift(A, B, 'numeric');
    expect(d.method).toBe('ks');
    expect(d.pValue).toBeCloseTo(0.03980496851677361, 12);
    expect(d.score).toBeUndefined();
    expect(d.threshold).toBe(0.05);
    expect(d.drifted).toBe(true);
    const strict = featureDrift(A, B, 'numeric', { thresholds: { ks: 0.01 } });
    expect(strict.threshold).toBe(0.01);
    expect(strict.drifted).toBe(false);
  });

  it('flags Wasserstein drift at a normalised distance ≥ 0.1, the boundary included', () => {
    const ref = numericSample(lcgSample(1, 2000));
    const cur = numericSample(lcgSample(2, 2000, 0.2));
    const d = featureDrift(ref, cur, 'numeric');
    expect(d.method).toBe('wasserstein');
    const score = d.stats?.wassersteinNormalized ?? Number.NaN;
    expect(d.score).toBe(score);
    expect(d.drifted).toBe(score >= 0.1);
    expect(featureDrift(ref, cur, 'numeric', { thresholds: { wasserstein: score } }).drifted).toBe(true);
    expect(featureDrift(ref, cur, 'numeric', { thresholds: { wasserstein: score * 1.0001 } }).drifted).toBe(
      false,
    );
  });

  it('moves the small-sample boundary and forces a method when asked', () => {
    const ref = lcgSample(1, 1500);
    expect(featureDrift(ref, A, 'numeric', { smallReferenceRows: 2000 }).method).toBe('ks');
    const psi = featureDrift(ref, A, 'numeric', { method: 'psi', psiBins: 4 });
    expect(psi.method).toBe('psi');
    expect(psi.score).toBe(psi.stats?.psi.value);
    expect(psi.stats?.psi.bins).toBe(4);
    expect(psi.threshold).toBe(0.1);
    expect(() => featureDrift(ref, A, 'numeric', { method: 'chi2' })).toThrow(
      /does not apply to a numeric feature/,
    );
  });

  it('reports an empty current window without a verdict', () => {
    const d = featureDrift(A, Float64Array.from([Number.NaN, Number.NaN]), 'numeric');
    expect(d.stats).toBeNull();
    expect(d.drifted).toBe(false);
    expect(d.pValue).toBeUndefined();
    expect(d.reason).toMatch(/current window has no present value/);
    const noRef = featureDrift(new Float64Array(0), A, 'numeric');
    expect(noRef.reason).toMatch(/reference has no present value/);
  });

  it('produces results the shared schema accepts', () => {
    expect(FeatureDrift.parse(featureDrift(A, B, 'numeric'))).toBeTruthy();
    expect(FeatureDrift.safeParse(featureDrift(A, new Float64Array(0), 'numeric')).success).toBe(true);
  });
});

describe('featureDrift: categorical method choice', () => {
  it('uses chi-squared with ≤ 1000 reference values, Jensen–Shannon above', () => {
    const cur = cats(100, ['a', 'b', 'c']);
    expect(featureDrift(cats(1000, ['a', 'b', 'c']), cur, 'categorical').method).toBe('chi2');
    expect(featureDrift(cats(1001, ['a', 'b', 'c']), cur, 'categorical').method).toBe('jensenshannon');
  });

  it('uses the z-test for at most two categories in a small reference', () => {
    const d = featureDrift(cats(100, ['yes', 'no']), cats(80, ['yes', 'no']), 'categorical');
    expect(d.method).toBe('z');
    expect(d.pValue).toBe(d.stats?.proportionZ?.pValue);
    // a third category in the current window: chi-squared stands in
    const three = featureDrift(
      cats(100, ['yes', 'no']),
      [...cats(80, ['yes', 'no']), 'maybe'],
      'categorical',
    );
    expect(three.method).toBe('chi2');
    // forcing z on three categories falls back to chi-squared too
    const forced = featureDrift(
      categorySample(cats(30, ['a', 'b', 'c'])),
      cats(30, ['a', 'b', 'c']),
      'categorical',
      {
        method: 'z',
      },
    );
    expect(forced.method).toBe('chi2');
  });

  it('flags Jensen–Shannon drift at ≥ 0.1 and records the distance as the score', () => {
    const ref = categorySample(cats(2000, ['a', 'a', 'b', 'c']));
    const same = featureDrift(ref, cats(400, ['a', 'a', 'b', 'c']), 'categorical');
    expect(same.score).toBe(0);
    expect(same.drifted).toBe(false);
    const shifted = featureDrift(ref, cats(400, ['c', 'c', 'b', 'a']), 'categorical');
    // shares (0.5, 0.25, 0.25) vs (0.25, 0.25, 0.5)
    expect(shifted.score).toBe(shifted.stats?.jensenShannon);
    expect(shifted.drifted).toBe(true);
    expect(FeatureDrift.parse(shifted)).toEqual(shifted);
  });
});
