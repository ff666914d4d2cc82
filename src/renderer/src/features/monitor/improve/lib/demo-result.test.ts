import { describe, expect, it } from 'vitest';
import type { DemoResult } from '../../../../../../shared/improve';
import { demoNumbers, demoResultOf, formatLiveMetric } from './demo-result';

const result: DemoResult = {
  modelName: 'demo-credit',
  liveMetric: { name: 'accuracy', beforeDrift: 0.912, afterDrift: 0.71, afterRetrain: 0.884 },
  promotedVersion: 2,
  seconds: 95,
  stages: [{ name: 'import', seconds: 1.5, message: '20,000 rows' }],
  cycleId: 'cyc-1',
  driftAlertId: 'al-1',
  port: 8123,
};

describe('demo result', () => {
  it('reads a job’s result as a DemoResult', () => {
    expect(demoResultOf(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('keeps what it can of optional parts and refuses what is not a result', () => {
    const { stages: _stages, cycleId: _c, port: _p, ...bare } = result;
    expect(demoResultOf(bare)).toEqual({ ...result, stages: [], cycleId: null, port: null });
    expect(demoResultOf(null)).toBeNull();
    expect(demoResultOf({ ...result, liveMetric: { ...result.liveMetric, name: 'f1' } })).toBeNull();
    expect(demoResultOf({ ...result, seconds: '95' })).toBeNull();
    expect(demoResultOf({ ...result, promotedVersion: 'v2' })).toBeNull();
  });

  it('writes accuracy as a percentage and MAE as a number', () => {
    expect(formatLiveMetric('accuracy', 0.9125)).toBe('91.3 %');
    expect(formatLiveMetric('mae', 1234.56)).toBe('1,235');
    expect(formatLiveMetric('mae', 0.123456)).toBe('0.1235');
    expect(formatLiveMetric('accuracy', null)).toBe('—');
  });

  it('lists the live metric through drift and retraining, the promotion and the time', () => {
    expect(demoNumbers(result)).toEqual([
      { label: 'Live accuracy before drift', value: '91.2 %' },
      { label: 'Live accuracy after drift', value: '71.0 %' },
      { label: 'Live accuracy after retraining', value: '88.4 %' },
      { label: 'Promoted version', value: 'v2' },
      { label: 'Took', value: '1 min 35 s' },
    ]);
    const kept = demoNumbers({
      ...result,
      promotedVersion: null,
      liveMetric: { ...result.liveMetric, name: 'mae' },
    });
    expect(kept[0]).toEqual({ label: 'Live MAE before drift', value: '0.912' });
    expect(kept[3]).toEqual({ label: 'Promoted version', value: 'none (the champion kept serving)' });
  });
});
