import { describe, expect, it } from 'vitest';
import { breachCheckLabel, breachValueText, predictionDriftText } from './report-lists';

describe('prediction drift text', () => {
  it('states the method, number, rule and verdict', () => {
    expect(
      predictionDriftText({
        kind: 'categorical',
        method: 'chi2',
        pValue: 0.01,
        threshold: 0.05,
        drifted: true,
        stats: null,
      }),
    ).toBe('Chi-squared p = 0.01 (drift when p < 0.05): drifted');
    expect(
      predictionDriftText({
        kind: 'categorical',
        method: 'jensenshannon',
        score: 0.04,
        threshold: 0.1,
        drifted: false,
        stats: null,
      }),
    ).toBe('Jensen–Shannon 0.04 (drift when ≥ 0.1): no drift');
  });

  it('says why it was not measured', () => {
    expect(predictionDriftText(null)).toBe(
      'Not measured: prediction drift is tested for classification models with traffic.',
    );
    expect(
      predictionDriftText({
        kind: 'categorical',
        method: 'chi2',
        threshold: 0.05,
        drifted: false,
        reason: 'no predictions in the window',
        stats: null,
      }),
    ).toBe('Not measured: no predictions in the window.');
  });
});

describe('quality breaches', () => {
  it('names the check and shows the number against its limit', () => {
    expect(breachCheckLabel('out_of_range')).toBe('Out of range');
    expect(breachCheckLabel('missing_rate')).toBe('Missing rate');
    expect(breachCheckLabel('unseen_categories')).toBe('Unseen categories');
    expect(breachCheckLabel('type_errors')).toBe('Type errors');
    expect(breachValueText({ value: 0.12, threshold: 0.05 })).toBe('12 % > 5 %');
    expect(breachValueText({ value: 14, threshold: 0 })).toBe('14 > 0');
  });
});
