import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { CancelledError } from '../../jobs/job-kind.js';
import { type Checkpoint, readCheckpoint, writeCheckpoint } from './checkpoint.js';
import { chunkRows } from './chunks.js';
import { classWeights } from './class-weights.js';
import { afterEpoch, initialStopState, monitored } from './early-stopping.js';
import { epochOrder } from './epoch.js';
import { learningRateAt } from './schedule.js';
import { mixSeed } from './seeds.js';
import { assertFinite, trainingError } from './train-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'aif-train-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('learning-rate schedules', () => {
  const lr = (schedule: Parameters<typeof learningRateAt>[0]['schedule'], epoch: number) =>
    learningRateAt({ learningRate: 0.1, epochs: 10, schedule }, epoch);
  it('are computed per epoch from the base rate', () => {
    expect(lr({ kind: 'constant' }, 7)).toBe(0.1);
    expect([0, 1, 2, 3, 4].map((e) => lr({ kind: 'step', every: 2, factor: 0.5 }, e))).toEqual([
      0.1, 0.1, 0.05, 0.05, 0.025,
    ]);
    expect(lr({ kind: 'exponential', gamma: 0.9 }, 2)).toBeCloseTo(0.081, 12);
    expect(lr({ kind: 'cosine', minLr: 0.01 }, 0)).toBe(0.1);
    // Half way: the mean of lr and minLr.
    expect(lr({ kind: 'cosine', minLr: 0.01 }, 5)).toBeCloseTo(0.055, 12);
    expect(lr({ kind: 'cosine', minLr: 0.01 }, 10)).toBeCloseTo(0.01, 12);
  });
});

describe('class weights', () => {
  // 8 of class 0, 2 of class 1: balanced = n / (k · count) = 10/16 and 10/4.
  const y = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1];
  it('balance the classes on request and under 20 % for auto', () => {
    expect(Array.from(classWeights('balanced', y, 2) ?? [])).toEqual([0.625, 2.5]);
    expect(classWeights('none', y, 2)).toBeNull();
    // A 20 % minority is not under 20 %: auto leaves the rows unweighted; at 10 % it balances them.
    expect(classWeights('auto', y, 2)).toBeNull();
    const auto = classWeights('auto', [...y, ...y.map(() => 0)], 2);
    expect(auto?.[0]).toBeCloseTo(20 / 36, 6);
    expect(auto?.[1]).toBe(5);
    // A class missing from train keeps weight 1.
    expect(Array.from(classWeights('balanced', [0, 0, 1], 3) ?? [])).toEqual([0.5, 1, 1]);
  });
});

describe('early stopping', () => {
  const es = { enabled: true, monitor: 'val_loss' as const, patience: 2, minDelta: 0.01 };
  it('counts epochs without an improvement beyond minDelta and stops at patience', () => {
    let s = initialStopState();
    const values = [0.5, 0.495, 0.48, 0.479, 0.478];
    const improved: boolean[] = [];
    values.forEach((v, i) => {
      const r = afterEpoch(s, i + 1, { value: v, higherIsBetter: false }, es);
      improved.push(r.improved);
      s = r.state;
    });
    // 0.495 is within minDelta of 0.5; 0.48 beats it; 0.479 and 0.478 do not beat 0.48 by 0.01.
    expect(improved).toEqual([true, false, true, false, false]);
    expect(s).toEqual({ best: 0.48, bestEpoch: 3, wait: 2, stopped: true });
  });

  it('monitors accuracy upwards and rmse downwards', () => {
    expect(monitored('val_metric', 'accuracy', { loss: 1, accuracy: 0.8 })).toEqual({
      value: 0.8,
      higherIsBetter: true,
    });
    expect(monitored('val_metric', 'rmse', { loss: 1, rmse: 3 })).toEqual({
      value: 3,
      higherIsBetter: false,
    });
    const up = afterEpoch(
      { best: 0.8, bestEpoch: 1, wait: 0, stopped: false },
      2,
      { value: 0.85, higherIsBetter: true },
      es,
    );
    expect(up.improved).toBe(true);
  });

  it('never stops when disabled, but still tracks the best epoch', () => {
    const off = { ...es, enabled: false };
    let s = initialStopState();
    for (const [i, v] of [1, 2, 3, 4].entries())
      s = afterEpoch(s, i + 1, { value: v, higherIsBetter: false }, off).state;
    expect(s).toEqual({ best: 1, bestEpoch: 1, wait: 3, stopped: false });
  });
});

describe('checkpoint files', () => {
  it('round-trips state and arrays, and leaves no temporary file', async () => {
    const c: Checkpoint = {
      state: {
        formatVersion: 1,
        fingerprint: 'fp',
        epochsDone: 2,
        history: [
          {
            epoch: 1,
            loss: 0.5,
            valLoss: 0.6,
            metric: 0.7,
            valMetric: null,
            learningRate: 0.01,
            samplesPerSec: 1,
            durationMs: 2,
          },
        ],
        stop: { best: 0.6, bestEpoch: 1, wait: 1, stopped: false },
        bestValMetrics: { loss: 0.6, accuracy: 0.5 },
      },
      model: [
        { name: 'a', dtype: 'float32', shape: [2, 2], data: Float32Array.from([1.5, -2, 3, 4]) },
        { name: 'b', dtype: 'int32', shape: [1], data: Int32Array.from([7]) },
      ],
      best: null,
      optimizer: [{ name: 'iter', dtype: 'int32', shape: [], data: Int32Array.from([42]) }],
    };
    await writeCheckpoint(join(dir, 'one'), c);
    await writeCheckpoint(join(dir, 'one'), c);
    expect(readdirSync(join(dir, 'one'))).toEqual(['checkpoint.bin']);
    const back = await readCheckpoint(join(dir, 'one'));
    expect(back).toEqual(c);
    expect(await readCheckpoint(join(dir, 'none'))).toBeNull();
  });
});

describe('errors', () => {
  it('turn an out-of-memory failure into advice on the batch size', () => {
    for (const err of [
      new Error('Failed to allocate 1073741824 bytes'),
      new RangeError('Array buffer allocation failed'),
      new Error('OOM when allocating tensor with shape[512,4096]'),
    ]) {
      const e = trainingError(err, 512) as AppError;
      expect(e).toBeInstanceOf(AppError);
      expect(e.kind).toBe('unavailable');
      expect(e.message).toMatch(
        /^Training ran out of memory at batch size 512; try a smaller batch size \(e\.g\. 256\)/,
      );
    }
    const other = new Error('something else');
    expect(trainingError(other, 512)).toBe(other);
    const cancelled = new CancelledError();
    expect(trainingError(cancelled, 512)).toBe(cancelled);
  });

  it('name the slot and row of a non-finite pipeline value', () => {
    expect(() =>
      assertFinite(Float32Array.from([1, 2, 3, Number.NaN]), 2, ['a', 'b'], (r) => 100 + r),
    ).toThrow(/produced NaN for "b" in row 101/);
    expect(() => assertFinite(Float32Array.from([1, 2]), 2, ['a', 'b'], (r) => r)).not.toThrow();
  });
});

describe('row order and chunks', () => {
  it('shuffles the train rows as a pure function of seed and epoch', () => {
    const rows = Int32Array.from({ length: 50 }, (_, i) => i * 2);
    const a = epochOrder(rows, 42, 3);
    expect(Array.from(epochOrder(rows, 42, 3))).toEqual(Array.from(a));
    expect(Array.from(epochOrder(rows, 42, 4))).not.toEqual(Array.from(a));
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from(rows));
    expect(rows[1]).toBe(2);
  });

  it('transforms 8k–64k rows at a time, in whole batches', () => {
    expect(chunkRows(256, 4 * 100)).toBe(65_536);
    expect(chunkRows(256, 4 * 10_000)).toBe(8_192);
    expect(chunkRows(300, 4 * 1000) % 300).toBe(0);
    expect(chunkRows(65_536, 4)).toBe(65_536);
  });

  it('derives distinct non-zero seeds', () => {
    const seeds = new Set([0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].map((b) => mixSeed(42, a, b))));
    expect(seeds.size).toBe(16);
    for (const s of seeds) expect(s).toBeGreaterThan(0);
  });
});
