import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { EpochRecord, Metrics, type TrainParams, type TrainParamsInput } from '../../../../shared/train.js';
import { makeTable } from '../../data/recipes/test-table.js';
import { CancelledError } from '../../jobs/job-kind.js';
import { binaryMetrics } from '../metrics/classification.js';
import { predictTable } from '../predict.js';
import { loadTf, type Tf } from '../tf-loader.js';
import { readCheckpoint } from './checkpoint.js';
import { type DataShape, resolveTrainParams } from './defaults.js';
import { type Synthetic, synthetic } from './synthetic.js';
import { learned, recordingHooks } from './test-hooks.js';
import { type TrainArgs, type TrainResult, trainModel } from './train-model.js';

let tf: Tf;
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'aif-train-'));
  dirs.push(d);
  return d;
};

beforeAll(async () => {
  tf = await loadTf('cpu');
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function shapeOf(s: Synthetic): DataShape {
  return {
    trainRows: s.data.assignment.filter((a) => a === 0).length,
    features: s.pipeline.denseWidth,
    classes: s.pipeline.target?.classes?.length ?? null,
    task: s.data.task,
    textColumns: s.pipeline.features.filter((f) => f.kind === 'text').map((f) => f.column),
  };
}

function paramsFor(s: Synthetic, input: TrainParamsInput = {}): TrainParams {
  return resolveTrainParams({ epochs: 4, batchSize: 32, ...input }, shapeOf(s));
}

function args(s: Synthetic, params: TrainParams, extra: Partial<TrainArgs> = {}): TrainArgs {
  return {
    tf,
    data: s.data,
    pipeline: s.pipeline,
    params,
    checkpointDir: tempDir(),
    resume: false,
    ...extra,
  };
}

const rowsOf = (assignment: Uint8Array, part: number) =>
  Int32Array.from(Array.from(assignment).flatMap((a, i) => (a === part ? [i] : [])));

describe('trainModel on the cpu backend', () => {
  const binary = synthetic('binary', 600, 1);

  it('learns a simple rule and reports epochs, progress and metrics in the contract shapes', async () => {
    const hooks = recordingHooks();
    const r = await trainModel(args(binary, paramsFor(binary, { epochs: 12, learningRate: 0.01 })), hooks);
    expect(r.epochsDone).toBe(12);
    expect(r.history).toHaveLength(12);
    expect(hooks.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const e of hooks.epochs) expect(EpochRecord.parse(e)).toEqual(e);
    expect(Metrics.parse(r.valMetrics)).toEqual(r.valMetrics);
    expect(Object.keys(r.valMetrics).sort()).toEqual(['accuracy', 'auc', 'loss']);
    expect(r.testMetrics?.accuracy).toBeGreaterThan(0.9);
    expect(r.labels).toEqual(['no', 'yes']);
    expect(r.metricName).toBe('accuracy');
    // Loss falls as it learns.
    expect((r.history[11] as EpochRecord).loss).toBeLessThan((r.history[0] as EpochRecord).loss);
    r.model.dispose();
  });

  it('gives identical history and metrics for the same seed, data and params', async () => {
    const p = paramsFor(binary, { mlp: { dropout: 0.3 }, classWeights: 'balanced' });
    const a = await trainModel(args(binary, p), recordingHooks());
    const b = await trainModel(args(binary, p), recordingHooks());
    expect(b.history.map(learned)).toEqual(a.history.map(learned));
    expect(b.valMetrics).toEqual(a.valMetrics);
    expect(b.testMetrics).toEqual(a.testMetrics);
    const c = await trainModel(args(binary, { ...p, seed: 7 }), recordingHooks());
    expect(c.history.map(learned)).not.toEqual(a.history.map(learned));
    for (const r of [a, b, c]) r.model.dispose();
  });

  it.each(['adam', 'sgd', 'momentum', 'rmsprop', 'adagrad'] as const)(
    'continues exactly after a stop at epoch 2 and a resume (%s)',
    async (optimizer) => {
      const p = paramsFor(binary, {
        optimizer,
        learningRate: 0.01,
        mlp: { dropout: 0.2, batchNorm: true },
        schedule: { kind: 'step', every: 1, factor: 0.8 },
      });
      const straight = await trainModel(args(binary, p), recordingHooks());
      const dir = tempDir();
      const first = await trainModel(
        args(binary, p, { checkpointDir: dir, stopAtEpoch: 2 }),
        recordingHooks(),
      );
      expect(first.epochsDone).toBe(2);
      const hooks = recordingHooks();
      const resumed = await trainModel(args(binary, p, { checkpointDir: dir, resume: true }), hooks);
      expect(hooks.epochs.map((e) => e.epoch)).toEqual([3, 4]);
      expect(resumed.history.map(learned)).toEqual(straight.history.map(learned));
      expect(resumed.valMetrics).toEqual(straight.valMetrics);
      expect(resumed.testMetrics).toEqual(straight.testMetrics);
      expect(resumed.bestEpoch).toBe(straight.bestEpoch);
      for (const r of [straight, first, resumed]) r.model.dispose();
    },
  );

  it('keeps the tensor count flat across epochs and leaves nothing behind', async () => {
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    const r = await trainModel(
      args(binary, paramsFor(binary, { epochs: 5, mlp: { dropout: 0.2, batchNorm: true } })),
      recordingHooks(() => counts.push(tf.memory().numTensors)),
    );
    expect(counts).toHaveLength(5);
    expect(new Set(counts).size).toBe(1);
    r.model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('restores the best epoch weights when early stopping ends the run', async () => {
    // A min delta no epoch can beat: epoch 1 is best, epoch 2 uses up the patience of 1.
    const p = paramsFor(binary, {
      epochs: 10,
      learningRate: 0.01,
      earlyStopping: { enabled: true, patience: 1, minDelta: 10, monitor: 'val_loss' },
    });
    const hooks = recordingHooks();
    const r = await trainModel(args(binary, p), hooks);
    expect(r.stoppedEarly).toBe(true);
    expect(r.epochsDone).toBe(2);
    expect(r.bestEpoch).toBe(1);
    expect(hooks.logs.some((l) => /Early stopping after epoch 2.*keeping epoch 1/.test(l.message))).toBe(
      true,
    );
    // Scoring the returned model ourselves gives epoch 1's validation numbers, not epoch 2's.
    const val = rowsOf(binary.data.assignment, 1);
    const probs = await predictTable(tf, r.model, binary.pipeline, binary.data.table, val);
    const labels = binary.data.table.columns.find((c) => c.name === 'y');
    if (labels?.data.storage !== 'dict') throw new Error('y is not categorical');
    const yes = labels.data.dictionary.indexOf('yes');
    const own = binaryMetrics(
      Float32Array.from({ length: val.length }, (_, i) => probs.values[2 * i + 1] as number),
      Array.from(val, (row) => (labels.data.storage === 'dict' && labels.data.codes[row] === yes ? 1 : 0)),
    );
    expect(own.loss).toBeCloseTo(r.history[0]?.valLoss as number, 6);
    expect(own.loss).not.toBeCloseTo(r.history[1]?.valLoss as number, 6);
    expect(r.valMetrics.loss).toBe(r.history[0]?.valLoss);
    expect(own.accuracy).toBe(r.valMetrics.accuracy);
    r.model.dispose();
  });

  it('stops on cancel between batches, keeping the last finished epoch for a resume', async () => {
    const big = synthetic('binary', 3000, 2);
    const p = paramsFor(big, { batchSize: 8, epochs: 3 });
    const dir = tempDir();
    const hooks = recordingHooks(undefined, (pr) => {
      if (pr.epoch === 2) hooks.controller.abort();
    });
    await expect(trainModel(args(big, p, { checkpointDir: dir }), hooks)).rejects.toBeInstanceOf(
      CancelledError,
    );
    const cancelledAt = hooks.progress[hooks.progress.length - 1];
    expect(cancelledAt?.epoch).toBe(2);
    expect(cancelledAt?.batch).toBeLessThan(cancelledAt?.batches as number);
    expect((await readCheckpoint(dir))?.state.epochsDone).toBe(1);
    expect(readdirSync(dir)).toEqual(['checkpoint.bin']);
    // Progress during an epoch: batches counted up, a finite running loss, the run's epochs and an ETA.
    const first = hooks.progress.filter((x) => x.epoch === 1);
    expect(first.length).toBeGreaterThan(0);
    for (const x of hooks.progress) {
      expect(x.epochs).toBe(3);
      expect(Number.isFinite(x.loss)).toBe(true);
      expect(x.etaSeconds).toBeGreaterThan(0);
      expect(x.samplesPerSec).toBeGreaterThan(0);
    }
    const resumed = await trainModel(args(big, p, { checkpointDir: dir, resume: true }), recordingHooks());
    expect(resumed.history.map((e) => e.epoch)).toEqual([1, 2, 3]);
    resumed.model.dispose();
  });

  it('lets a cancel from outside in during an epoch (it yields to the event loop)', async () => {
    const big = synthetic('binary', 3000, 2);
    const dir = tempDir();
    const hooks = recordingHooks();
    // A timer can only fire if the training loop gives the event loop a turn mid-epoch.
    setTimeout(() => hooks.controller.abort(), 300);
    await expect(
      trainModel(args(big, paramsFor(big, { batchSize: 4, epochs: 2 }), { checkpointDir: dir }), hooks),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(hooks.epochs).toEqual([]);
    expect(await readCheckpoint(dir)).toBeNull();
  });

  it('refuses to resume a checkpoint written with other parameters', async () => {
    const dir = tempDir();
    const p = paramsFor(binary, { epochs: 2 });
    (await trainModel(args(binary, p, { checkpointDir: dir }), recordingHooks())).model.dispose();
    await expect(
      trainModel(
        args(binary, { ...p, batchSize: 16 }, { checkpointDir: dir, resume: true }),
        recordingHooks(),
      ),
    ).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('stops with a clear error when the loss diverges', async () => {
    const s = synthetic('regression', 300, 3, { numericScaling: 'none' }, (cols) => {
      const x1 = cols[0];
      if (x1) x1.values = x1.values.map((v) => (v as number) * 1e12);
    });
    const p = paramsFor(s, { optimizer: 'sgd', learningRate: 10 });
    const err = await trainModel(args(s, p), recordingHooks()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).kind).toBe('invalid_input');
    expect((err as AppError).message).toMatch(
      /^Training diverged: the loss became (NaN|infinite) at epoch 1; lower the learning rate \(e\.g\. 1 instead of 10\)/,
    );
  });

  it('leaves out rows without a target and says how many', async () => {
    const s = synthetic('binary', 400, 4, {}, (cols) => {
      const y = cols[3];
      if (y) y.values = y.values.map((v, i) => (i % 10 === 0 ? null : v));
    });
    const trainMissing = Array.from(s.data.assignment).filter((a, i) => a === 0 && i % 10 === 0).length;
    const hooks = recordingHooks();
    const r = await trainModel(args(s, paramsFor(s, { epochs: 1 })), hooks);
    expect(hooks.logs.find((l) => l.level === 'warn')?.message).toContain(`${trainMissing} train`);
    r.model.dispose();
  });

  it('scores a separate test table by column name, whatever its column order', async () => {
    const p = paramsFor(binary);
    const viaSplit = await trainModel(args(binary, p), recordingHooks());
    const test = rowsOf(binary.data.assignment, 2);
    const src = binary.data.table;
    const reversed = makeTable(
      [...src.columns].reverse().map((c) => ({
        name: c.name,
        type: c.type,
        values: Array.from(test, (row) => {
          const d = c.data;
          if (d.storage === 'number') return d.values[row] as number;
          if (d.storage === 'dict') return d.dictionary[d.codes[row] as number] ?? null;
          throw new Error('unexpected text column');
        }),
      })),
    );
    const viaTable = await trainModel(
      args({ ...binary, data: { ...binary.data, testTable: reversed } }, p),
      recordingHooks(),
    );
    expect(viaTable.testMetrics).toEqual(viaSplit.testMetrics);
    viaSplit.model.dispose();
    viaTable.model.dispose();
  });

  it('reports regression metrics in the target units', async () => {
    const s = synthetic('regression', 800, 5);
    const r: TrainResult = await trainModel(
      args(s, paramsFor(s, { epochs: 30, learningRate: 0.01 })),
      recordingHooks(),
    );
    expect(r.metricName).toBe('rmse');
    expect(r.labels).toBeNull();
    const test = rowsOf(s.data.assignment, 2);
    const pred = await predictTable(tf, r.model, s.pipeline, s.data.table, test);
    const col = s.data.table.columns.find((c) => c.name === 'y');
    if (col?.data.storage !== 'number') throw new Error('y is not numeric');
    const y = Array.from(test, (row) =>
      col.data.storage === 'number' ? (col.data.values[row] as number) : 0,
    );
    const n = y.length;
    const err = y.map((v, i) => (pred.values[i] as number) - v);
    const rmse = Math.sqrt(err.reduce((a, e) => a + e * e, 0) / n);
    const mae = err.reduce((a, e) => a + Math.abs(e), 0) / n;
    const mean = y.reduce((a, b) => a + b, 0) / n;
    const r2 = 1 - err.reduce((a, e) => a + e * e, 0) / y.reduce((a, v) => a + (v - mean) ** 2, 0);
    const m = r.testMetrics as Metrics;
    expect(m.rmse).toBeCloseTo(rmse, 3);
    expect(m.mae).toBeCloseTo(mae, 3);
    expect(m.r2).toBeCloseTo(r2, 5);
    // y = 100 + 30·score + noise of ±2.5: a fitted model is within a few units.
    expect(m.rmse).toBeLessThan(6);
    expect(m.r2).toBeGreaterThan(0.9);
    r.model.dispose();
  });
});
