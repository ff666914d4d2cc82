/**
 * One epoch over the train rows: a seeded shuffle of the row order, then chunks of rows through the
 * pipeline into typed arrays, then batches into tensors and optimisation steps. Losses stay on the
 * device and are read about four times a second for progress; cancel is checked between batches.
 */
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { FeaturePipeline, TaskType } from '../../../../shared/data.js';
import { transformTable } from '../../data/pipeline/transform.js';
import { mulberry32, shuffleInPlace } from '../../data/split/prng.js';
import { CancelledError } from '../../jobs/job-kind.js';
import { inputArrays, inputTensors } from '../templates/input-arrays.js';
import type { InputLayout } from '../templates/input-layout.js';
import type { Tf } from '../tf-loader.js';
import type { Step } from './batch-step.js';
import { chunkRows, inputBytesPerRow, yieldToEvents } from './chunks.js';
import type { RowSet } from './row-sets.js';
import { mixSeed } from './seeds.js';
import { assertFinite } from './train-errors.js';

/** Progress is reported (and events let in) at least this often. */
const TICK_MS = 250;

export interface EpochArgs {
  tf: Tf;
  model: LayersModel;
  layout: InputLayout;
  pipeline: FeaturePipeline;
  task: TaskType;
  train: RowSet;
  classWeights: Float32Array | null;
  batchSize: number;
  seed: number;
  step: Step;
  signal: AbortSignal;
  /** Called at least every TICK_MS with the epoch's running numbers. */
  onTick(t: EpochTick): void;
}

export interface EpochTick {
  batch: number;
  batches: number;
  samples: number;
  /** Running mean loss of the epoch so far (NaN once it diverged). */
  loss: number;
  seconds: number;
}

export interface EpochOutcome {
  loss: number;
  /** Accuracy, or rmse in the target's units. */
  metric: number;
  samples: number;
  seconds: number;
}

/** The train rows in the epoch's order: a pure function of the seed and the epoch (1-based). */
export function epochOrder(rows: Int32Array, seed: number, epoch: number): Int32Array {
  return shuffleInPlace(rows.slice(), mulberry32(mixSeed(seed, 0x5eed, epoch)));
}

/** Dropout layers draw a fresh, seeded mask per batch: their seed is set before each step. */
function dropoutLayers(model: LayersModel): { seed?: number }[] {
  return model.layers.filter((l) => l.getClassName() === 'Dropout') as unknown as { seed?: number }[];
}

/** Running sums on the device: [Σ loss × rows, Σ metric]. */
class Sums {
  private acc: Tensor;
  constructor(private readonly tf: Tf) {
    this.acc = tf.zeros([2]);
  }
  add(cost: Tensor, metricSum: Tensor, rows: number): void {
    const next = this.tf.tidy(() =>
      this.tf.add(this.acc, this.tf.stack([this.tf.mul(cost, rows), metricSum])),
    );
    this.acc.dispose();
    this.acc = next;
  }
  read(): [number, number] {
    const d = this.acc.dataSync();
    return [d[0] as number, d[1] as number];
  }
  dispose(): void {
    this.acc.dispose();
  }
}

export async function trainEpoch(a: EpochArgs, epoch: number): Promise<EpochOutcome> {
  const { tf, layout, train } = a;
  const order = epochOrder(train.rows, a.seed, epoch);
  const n = order.length;
  const batches = Math.ceil(n / a.batchSize);
  const chunk = chunkRows(
    a.batchSize,
    inputBytesPerRow(
      layout.denseWidth,
      layout.texts.map((t) => t.maxLength),
    ),
  );
  const dropouts = dropoutLayers(a.model);
  const baseSeeds = dropouts.map((d) => d.seed);
  const sums = new Sums(tf);
  const start = performance.now();
  let lastTick = start;
  let batch = 0;
  let samples = 0;
  const pipelineWidth = a.pipeline.denseWidth;
  const names = a.pipeline.denseNames;
  try {
    for (let c0 = 0; c0 < n; c0 += chunk) {
      const c1 = Math.min(n, c0 + chunk);
      const rows = order.subarray(c0, c1);
      const out = transformTable(a.pipeline, train.table, rows);
      assertFinite(out.dense, pipelineWidth, names, (j) => train.table.rowIds[rows[j] as number] as number);
      const arrays = inputArrays(layout, out);
      const y = out.target;
      if (!y) throw new Error('the transform gave no target');
      const yInt = a.task === 'multiclass' ? Int32Array.from(y) : null;
      const w = a.classWeights
        ? Float32Array.from(y, (c) => (a.classWeights as Float32Array)[c] as number)
        : null;
      for (let b0 = 0; b0 < arrays.rows; b0 += a.batchSize) {
        if (a.signal.aborted) throw new CancelledError();
        const b1 = Math.min(arrays.rows, b0 + a.batchSize);
        const m = b1 - b0;
        batch += 1;
        dropouts.forEach((d, i) => {
          d.seed = mixSeed(a.seed, epoch, batch, i + 1);
        });
        const xs = inputTensors(tf, layout, arrays, b0, b1);
        const yt = yInt
          ? tf.tensor1d(yInt.subarray(b0, b1), 'int32')
          : tf.tensor1d(y.subarray(b0, b1), 'float32');
        const wt = w ? tf.tensor1d(w.subarray(b0, b1), 'float32') : null;
        try {
          const r = a.step(xs, yt, wt);
          sums.add(r.cost, r.metricSum, m);
          r.cost.dispose();
          r.metricSum.dispose();
        } finally {
          for (const x of xs) x.dispose();
          yt.dispose();
          wt?.dispose();
        }
        samples += m;
        const now = performance.now();
        if (now - lastTick >= TICK_MS) {
          lastTick = now;
          const [lossSum] = sums.read();
          a.onTick({ batch, batches, samples, loss: lossSum / samples, seconds: (now - start) / 1000 });
          await yieldToEvents();
        }
      }
    }
    const [lossSum, metricSum] = sums.read();
    const seconds = (performance.now() - start) / 1000;
    const metric =
      a.task === 'regression'
        ? Math.sqrt(metricSum / samples) * (a.pipeline.target?.scale ?? 1)
        : metricSum / samples;
    return { loss: lossSum / samples, metric, samples, seconds };
  } finally {
    sums.dispose();
    dropouts.forEach((d, i) => {
      d.seed = baseSeeds[i];
    });
  }
}
