import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD_THRESHOLDS, driftStrength } from './drift-strength';

describe('driftStrength', () => {
  it('puts a p-value at its threshold at 0.5, the squared threshold at 1, and p = 1 at 0', () => {
    expect(driftStrength('ks', 0.05, 0.05)).toBeCloseTo(0.5, 12);
    expect(driftStrength('ks', 0.0025, 0.05)).toBeCloseTo(1, 12);
    expect(driftStrength('chi2', 1, 0.05)).toBe(0);
    // 0.5 · ln 0.5 / ln 0.05 = 0.5 · 0.693147 / 2.995732
    expect(driftStrength('z', 0.5, 0.05)).toBeCloseTo(0.115689, 6);
    expect(driftStrength('ks', 1e-12, 0.05)).toBe(1);
    expect(driftStrength('ks', 0, 0.05)).toBe(1);
  });

  it('scales a p-value against its own threshold, or 0.05 when the threshold is unusable', () => {
    expect(driftStrength('ks', 0.01, 0.01)).toBeCloseTo(0.5, 12);
    expect(driftStrength('ks', 0.05, 2)).toBeCloseTo(0.5, 12);
    expect(driftStrength('ks', 0.05)).toBeCloseTo(0.5, 12);
  });

  it('puts a distance at its threshold at 0.5 and twice the threshold or more at 1', () => {
    expect(driftStrength('wasserstein', 0.05, 0.1)).toBeCloseTo(0.25, 12);
    expect(driftStrength('psi', 0.2, 0.2)).toBeCloseTo(0.5, 12);
    expect(driftStrength('jensenshannon', 0.3, 0.1)).toBe(1);
    expect(driftStrength('wasserstein', 0, 0.1)).toBe(0);
  });

  it('uses the default threshold of the method when none is given', () => {
    expect(DEFAULT_METHOD_THRESHOLDS.psi).toBe(0.1);
    expect(driftStrength('psi', 0.1)).toBeCloseTo(0.5, 12);
    expect(driftStrength('energy', 2)).toBe(1);
    expect(driftStrength('energy', 0)).toBe(0);
  });

  it('is null without a number', () => {
    expect(driftStrength('ks', null, 0.05)).toBeNull();
    expect(driftStrength('psi', undefined)).toBeNull();
    expect(driftStrength('psi', Number.NaN)).toBeNull();
  });
});
