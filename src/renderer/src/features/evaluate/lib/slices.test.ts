import { describe, expect, it } from 'vitest';
import type { SliceReport } from '../../../../../shared/evaluate';
import { sliceFeatures, sliceMetric, visibleSlices, worstFirst } from './slices';
import { slice } from './test-fixtures';

const slices = [
  slice({ feature: 'sex', value: 'Male', delta: 0.02, rows: 600 }),
  slice({ feature: 'age', value: '[17, 25)', kind: 'bin', delta: -0.12, flagged: true, flagReason: 'worse' }),
  slice({ feature: 'sex', value: 'Female', delta: -0.05, rows: 400 }),
  slice({ feature: 'age', value: '(missing)', kind: 'missing', delta: -0.05, rows: 20 }),
];

describe('slice table', () => {
  it('lists the features alphabetically', () => {
    expect(sliceFeatures(slices)).toEqual(['age', 'sex']);
  });

  it('ranks accuracy slices most negative delta first, larger slices first on a tie', () => {
    expect(worstFirst(slices, 'accuracy').map((s) => s.value)).toEqual([
      '[17, 25)',
      'Female',
      '(missing)',
      'Male',
    ]);
  });

  it('ranks error slices (mae) most positive delta first', () => {
    const mae = [
      slice({ value: 'a', delta: -0.3 }),
      slice({ value: 'b', delta: 0.8 }),
      slice({ value: 'c', delta: 0.1 }),
    ];
    expect(worstFirst(mae, 'mae').map((s) => s.value)).toEqual(['b', 'c', 'a']);
  });

  it('filters by feature and to flagged slices', () => {
    const r: SliceReport = { metric: 'accuracy', overall: 0.8, minRows: 30, slices };
    expect(visibleSlices(r, { feature: 'sex', flaggedOnly: false }).map((s) => s.value)).toEqual([
      'Female',
      'Male',
    ]);
    expect(visibleSlices(r, { feature: null, flaggedOnly: true }).map((s) => s.value)).toEqual(['[17, 25)']);
    expect(visibleSlices(r, { feature: 'sex', flaggedOnly: true })).toEqual([]);
  });

  it('reads the ranking metric of a slice', () => {
    expect(sliceMetric(slice({ metrics: { accuracy: 0.75, roc_auc: null } }), 'accuracy')).toBe(0.75);
    expect(sliceMetric(slice({ metrics: { accuracy: 0.75, roc_auc: null } }), 'roc_auc')).toBeNull();
    expect(sliceMetric(slice({ metrics: {} }), 'mae')).toBeNull();
  });
});
