import { describe, expect, it } from 'vitest';
import type { RobustnessReport } from '../../../../../shared/evaluate';
import { championRows } from './champion';
import { classification, latency, regression, report } from './test-fixtures';

const robustness = { score: 0.9 } as RobustnessReport;

describe('champion vs challenger rows', () => {
  it('is empty without a production version', () => {
    expect(championRows(report())).toEqual([]);
  });

  it('puts the same classification metrics side by side with the difference and who wins', () => {
    const rows = championRows(
      report({
        metrics: classification({ accuracy: 0.86, logLoss: 0.3 }),
        robustness,
        production: {
          version: 1,
          metrics: classification({ accuracy: 0.84, logLoss: 0.35, rocAuc: null }),
          robustnessScore: 0.95,
        },
      }),
    );
    expect(rows.map((r) => r.metric)).toEqual([
      'accuracy',
      'balanced_accuracy',
      'f1_macro',
      'roc_auc',
      'average_precision',
      'log_loss',
      'ece',
      'robustness_score',
    ]);
    const by = new Map(rows.map((r) => [r.metric, r]));
    expect(by.get('accuracy')).toMatchObject({ candidate: 0.86, production: 0.84, better: 'candidate' });
    expect(by.get('accuracy')?.difference).toBeCloseTo(0.02, 12);
    // lower log loss is better: the candidate's 0.3 beats 0.35
    expect(by.get('log_loss')).toMatchObject({ better: 'candidate' });
    expect(by.get('log_loss')?.difference).toBeCloseTo(-0.05, 12);
    expect(by.get('roc_auc')).toMatchObject({
      candidate: 0.8,
      production: null,
      difference: null,
      better: null,
    });
    expect(by.get('balanced_accuracy')).toMatchObject({ difference: 0, better: null });
    expect(by.get('robustness_score')).toMatchObject({ label: 'Robustness score', better: 'production' });
  });

  it('compares regression metrics and latency when both versions were load tested', () => {
    const rows = championRows(
      report({
        task: 'regression',
        metrics: regression({ mae: 1.2 }),
        latency: { candidate: latency({ p95: 3 }), production: latency({ p95: 4, throughput: 180 }) },
        production: { version: 1, metrics: regression({ mae: 1.5 }), robustnessScore: null },
      }),
    );
    const by = new Map(rows.map((r) => [r.metric, r]));
    expect(rows.map((r) => r.metric)).toEqual([
      'mae',
      'rmse',
      'r2',
      'mape',
      'latency_p50_ms',
      'latency_p95_ms',
      'latency_p99_ms',
      'throughput_rps',
      'error_rate',
    ]);
    expect(by.get('mae')).toMatchObject({ better: 'candidate' });
    expect(by.get('latency_p95_ms')).toMatchObject({ unit: 'ms', difference: -1, better: 'candidate' });
    expect(by.get('throughput_rps')).toMatchObject({ unit: 'rps', better: 'candidate' });
  });
});
