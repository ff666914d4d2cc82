import { describe, expect, it } from 'vitest';
import type { EpochRecord } from '../../../../../shared/train';
import { runCurves } from './run-curves';

function epoch(n: number, loss: number, valLoss: number | null = null): EpochRecord {
  return {
    epoch: n,
    loss,
    valLoss,
    metric: 0.5 + n / 100,
    valMetric: 0.4 + n / 100,
    learningRate: 0.001,
    samplesPerSec: 1000 * n,
    durationMs: 100,
  };
}

describe('runCurves', () => {
  it('draws live points: in-epoch losses, then the epoch end with validation numbers', () => {
    const c = runCurves(
      [],
      [
        { step: 0.25, values: { loss: 1.2, samplesPerSec: 900 } },
        { step: 0.5, values: { loss: 1.0, samplesPerSec: 950 } },
        {
          step: 1,
          values: { epoch: 1, loss: 0.9, valLoss: 0.95, metric: 0.6, valMetric: 0.55, samplesPerSec: 1000 },
        },
        { step: 1.5, values: { loss: 0.8, samplesPerSec: 1100 } },
      ],
    );
    expect(c.points.map((p) => p.x)).toEqual([0.25, 0.5, 1, 1.5]);
    expect(c.epochs).toEqual([
      { x: 1, loss: 0.9, valLoss: 0.95, metric: 0.6, valMetric: 0.55, samplesPerSec: 1000 },
    ]);
    expect(c.points[0]).toEqual({ x: 0.25, batchLoss: 1.2, samplesPerSec: 900 });
    expect(c.batches).toBe(3);
    expect(c.samplesPerSec).toBe(1100);
    expect(c.currentEpoch).toBe(2);
  });

  it('continues a resumed run: stored epochs first, the new job’s epochs after them', () => {
    const stored = [epoch(1, 1), epoch(2, 0.8), epoch(3, 0.7)];
    const c = runCurves(stored, [
      { step: 3.5, values: { loss: 0.65, samplesPerSec: 800 } },
      { step: 4, values: { epoch: 4, loss: 0.6, valLoss: 0.7, samplesPerSec: 820 } },
    ]);
    expect(c.epochs.map((p) => p.x)).toEqual([1, 2, 3, 4]);
    expect(c.points.map((p) => p.x)).toEqual([1, 2, 3, 3.5, 4]);
    expect(c.epochs[3]).toEqual({ x: 4, loss: 0.6, valLoss: 0.7, samplesPerSec: 820 });
    expect(c.currentEpoch).toBe(5);
  });

  it('redraws a finished run from its stored epochs alone; a live epoch end replaces a stored one', () => {
    const stored = [epoch(1, 1, 1.1), epoch(2, 0.5, 0.6)];
    const finished = runCurves(stored, []);
    expect(finished.points).toHaveLength(2);
    expect(finished.epochs[1]).toEqual({
      x: 2,
      loss: 0.5,
      valLoss: 0.6,
      metric: stored[1]?.metric,
      valMetric: stored[1]?.valMetric,
      samplesPerSec: 2000,
    });
    expect(finished.samplesPerSec).toBe(2000);
    expect(finished.currentEpoch).toBe(3);
    const replaced = runCurves(stored, [{ step: 2, values: { epoch: 2, loss: 0.45 } }]);
    expect(replaced.epochs[1]).toEqual({ x: 2, loss: 0.45 });
  });

  it('leaves out numbers that are not finite', () => {
    const c = runCurves([{ ...epoch(1, Number.NaN), valLoss: null, metric: null, valMetric: null }], []);
    expect(c.epochs[0]).toEqual({ x: 1, samplesPerSec: 1000 });
  });
});
