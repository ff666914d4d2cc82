import { describe, expect, it } from 'vitest';
import type { EpochRecord } from '../../../../../shared/train';
import { overlayCurves } from './compare-curves';
import { compareRows, flattenParams } from './compare-rows';
import { params, run } from './test-fixtures';

const e = (epoch: number, valLoss: number | null): EpochRecord => ({
  epoch,
  loss: 1,
  valLoss,
  metric: null,
  valMetric: null,
  learningRate: 0.001,
  samplesPerSec: 1,
  durationMs: 1,
});

describe('comparing runs', () => {
  it('overlays per-epoch numbers, one key per run', () => {
    const rows = overlayCurves(
      [
        { id: 'a', epochs: [e(1, 0.9), e(2, 0.7)] },
        { id: 'b', epochs: [e(1, 0.8), e(2, null), e(3, 0.5)] },
      ],
      (x) => x.valLoss,
    );
    expect(rows).toEqual([
      { x: 1, a: 0.9, b: 0.8 },
      { x: 2, a: 0.7 },
      { x: 3, b: 0.5 },
    ]);
  });

  it('flattens parameters by path, the schedule as one value', () => {
    const flat = flattenParams(params({ schedule: { kind: 'step', every: 10, factor: 0.5 } }));
    expect(flat.get('mlp.units')).toBe('64');
    expect(flat.get('schedule')).toBe('step ×0.5 every 10');
    expect(flat.get('earlyStopping.enabled')).toBe('true');
    expect(flat.get('pipeline.datetimeParts')).toBe('["year","month","weekday","hour"]');
  });

  it('tables metrics and parameters and marks what differs', () => {
    const base = params();
    const rows = compareRows([
      run('a'),
      run('b', {
        metrics: { loss: 0.3, accuracy: 0.85 },
        testMetrics: null,
        params: params({ mlp: { ...base.mlp, units: 128 } }),
      }),
    ]);
    const byLabel = new Map(rows.map((r) => [r.label, r]));
    expect(byLabel.get('val accuracy')).toMatchObject({ values: ['0.9', '0.85'], differs: true });
    expect(byLabel.get('test accuracy')).toMatchObject({ values: ['0.88', '—'], differs: true });
    expect(byLabel.get('mlp.units')).toMatchObject({
      group: 'parameter',
      values: ['64', '128'],
      differs: true,
    });
    expect(byLabel.get('epochs')).toMatchObject({ values: ['20', '20'], differs: false });
    expect(byLabel.get('samples/s')?.values).toEqual(['5,000', '5,000']);
  });
});
