import { describe, expect, it } from 'vitest';
import {
  featureRow,
  featureRows,
  featureThresholds,
  keepFeature,
  missingText,
  rangeDetail,
  rangeText,
  sortFeatureRows,
} from './feature-rows';
import { categoricalFeature, categoricalQuality, numericFeature, numericQuality } from './test-fixtures';

describe('feature quality text', () => {
  it('shows the missing rate beside training’s', () => {
    expect(missingText(numericQuality())).toBe('2 % (0.5 %)');
    expect(missingText(categoricalQuality({ missingRate: 0.25, referenceMissingRate: 0 }))).toBe(
      '25 % (0 %)',
    );
  });

  it('shows out-of-range or unseen shares, and type errors when there are any', () => {
    expect(rangeText(numericQuality())).toBe('3.06 % out of range');
    expect(rangeText(categoricalQuality({ unseenShare: 0.012, typeErrors: 2 }))).toBe(
      '1.2 % unseen · 2 type errors',
    );
    expect(rangeText(numericQuality({ outOfRangeShare: 0, typeErrors: 1 }))).toBe(
      '0 % out of range · 1 type error',
    );
  });

  it('gives the training range or the unseen categories for the tooltip', () => {
    expect(rangeDetail(numericQuality())).toBe('Training range 18 to 90');
    expect(rangeDetail(numericQuality({ referenceMin: null, referenceMax: null }))).toBe(
      'Training had no finite values.',
    );
    expect(rangeDetail(categoricalQuality({ unseenCategories: ['Atlantis', 'Mu'] }))).toBe(
      'Unseen: Atlantis, Mu',
    );
    expect(rangeDetail(categoricalQuality({ unseenCategories: [] }))).toBe('No unseen categories.');
  });
});

describe('featureRow', () => {
  it('takes the p-value of a test and the score of a distance', () => {
    const ks = featureRow(numericFeature('age', 'ks', 0.0312, true));
    expect(ks).toMatchObject({
      feature: 'age',
      kind: 'numeric',
      methodLabel: 'KS test',
      value: 0.0312,
      statistic: 'p = 0.0312',
      thresholdText: 'p < 0.05',
      drifted: true,
      reason: null,
      missingText: '2 % (0.5 %)',
      breaches: [],
    });
    const js = featureRow(categoricalFeature('city', 'jensenshannon', 0.2, true));
    expect(js).toMatchObject({ value: 0.2, statistic: '0.2', thresholdText: '≥ 0.1', strength: 1 });
  });

  it('keeps the reason when nothing was computed', () => {
    const row = featureRow(numericFeature('income', 'wasserstein', null, false));
    expect(row).toMatchObject({ value: null, statistic: '—', strength: null, reason: 'no live values' });
  });

  it('picks the feature’s quality breaches from the report’s list', () => {
    const breaches = [
      { feature: 'age', check: 'out_of_range' as const, value: 0.2, threshold: 0.05, message: 'm' },
      { feature: 'city', check: 'unseen_categories' as const, value: 0.1, threshold: 0.05, message: 'm' },
      { feature: 'age', check: 'missing_rate' as const, value: 0.3, threshold: 0.1, message: 'm' },
    ];
    expect(featureRow(numericFeature('age', 'ks', 0.5, false), breaches).breaches).toEqual([
      'out_of_range',
      'missing_rate',
    ]);
  });
});

describe('sorting features', () => {
  it('puts drifted first, the strongest signal first within each group, untested last, then by name', () => {
    const rows = featureRows([
      numericFeature('e', 'ks', 0.9, false),
      numericFeature('d', 'wasserstein', null, false),
      numericFeature('a', 'psi', 0.15, true),
      numericFeature('c', 'wasserstein', 0.08, false),
      numericFeature('b', 'ks', 0.001, true),
      numericFeature('f', 'wasserstein', 0.08, false),
    ]);
    expect(rows.map((r) => r.feature)).toEqual(['b', 'a', 'c', 'f', 'e', 'd']);
  });

  it('does not change the rows it is given', () => {
    const rows = [
      featureRow(numericFeature('z', 'ks', 0.9, false)),
      featureRow(numericFeature('y', 'ks', 0.01, true)),
    ];
    expect(sortFeatureRows(rows).map((r) => r.feature)).toEqual(['y', 'z']);
    expect(rows.map((r) => r.feature)).toEqual(['z', 'y']);
  });

  it('keeps the picked feature while it exists, else the first', () => {
    const rows = [{ feature: 'b' }, { feature: 'a' }];
    expect(keepFeature(rows, 'a')).toBe('a');
    expect(keepFeature(rows, 'gone')).toBe('b');
    expect(keepFeature(rows, null)).toBe('b');
    expect(keepFeature([], 'a')).toBeNull();
  });

  it('maps each feature to its threshold', () => {
    expect(
      featureThresholds([
        numericFeature('age', 'ks', 0.2, false),
        categoricalFeature('city', 'psi', 0.3, true, 0.2),
      ]),
    ).toEqual({
      age: 0.05,
      city: 0.2,
    });
  });
});
