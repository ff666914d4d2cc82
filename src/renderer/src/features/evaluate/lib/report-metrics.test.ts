import { describe, expect, it } from 'vitest';
import { metricOf, summaryCards } from './report-metrics';
import { classification, regression } from './test-fixtures';

describe('report metrics', () => {
  it('reads classification metrics by their gate names', () => {
    const m = classification({ rocAuc: null });
    expect(metricOf(m, 'accuracy')).toBe(0.7);
    expect(metricOf(m, 'f1_weighted')).toBe(0.695);
    expect(metricOf(m, 'log_loss')).toBe(0.5);
    expect(metricOf(m, 'roc_auc')).toBeNull();
    expect(metricOf(m, 'mae')).toBeNull();
  });

  it('reads regression metrics by their gate names', () => {
    const m = regression();
    expect(metricOf(m, 'rmse')).toBe(2);
    expect(metricOf(m, 'mape')).toBe(0.1);
    expect(metricOf(m, 'accuracy')).toBeNull();
  });

  it('makes six classification cards and four regression cards', () => {
    expect(summaryCards(classification()).map((c) => [c.key, c.value])).toEqual([
      ['accuracy', 0.7],
      ['balanced_accuracy', 0.7],
      ['roc_auc', 0.8],
      ['average_precision', 0.75],
      ['log_loss', 0.5],
      ['ece', 0.05],
    ]);
    const reg = summaryCards(regression({ r2: null }));
    expect(reg.map((c) => c.key)).toEqual(['mae', 'rmse', 'r2', 'mape']);
    expect(reg[2]?.value).toBeNull();
    expect(reg[3]?.unit).toBe('share');
  });
});
