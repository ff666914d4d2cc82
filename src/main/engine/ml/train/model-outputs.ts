import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { FeaturePipeline } from '../../../../shared/data.js';
import { transformTable } from '../../data/pipeline/transform.js';
import type { Table } from '../../data/table/types.js';
import { CancelledError } from '../../jobs/job-kind.js';
import { inputArrays, inputTensors } from '../templates/input-arrays.js';
import type { InputLayout } from '../templates/input-layout.js';
import type { Tf } from '../tf-loader.js';
import { chunkRows, inputBytesPerRow, yieldToEvents } from './chunks.js';
import { assertFinite } from './train-errors.js';

/** Rows per predict call: large batches are cheap at inference. */
const PREDICT_BATCH = 2048;
/** Events are let in (and onTick called) at least this often. */
const TICK_MS = 250;

export interface OutputOptions {
  signal?: AbortSignal;
  /** Called about every 250 ms with the rows scored so far. */
  onTick?: (done: number, total: number) => void;
}

/**
 * The model's raw outputs (rows × output units, row-major) for the given rows of a table, computed
 * chunk by chunk through the pipeline (features only; the target is not read).
 */
export async function modelOutputs(
  tf: Tf,
  model: LayersModel,
  layout: InputLayout,
  pipeline: FeaturePipeline,
  table: Table,
  rows: Int32Array,
  options: OutputOptions = {},
): Promise<{ values: Float32Array; width: number }> {
  const width = model.outputs[0]?.shape[1] ?? 1;
  const values = new Float32Array(rows.length * width);
  const features: FeaturePipeline = { ...pipeline, target: null };
  const chunk = chunkRows(
    PREDICT_BATCH,
    inputBytesPerRow(
      layout.denseWidth,
      layout.texts.map((t) => t.maxLength),
    ),
  );
  let lastTick = performance.now();
  for (let c0 = 0; c0 < rows.length; c0 += chunk) {
    const c1 = Math.min(rows.length, c0 + chunk);
    const part = rows.subarray(c0, c1);
    const out = transformTable(features, table, part);
    assertFinite(
      out.dense,
      pipeline.denseWidth,
      pipeline.denseNames,
      (j) => table.rowIds[part[j] as number] as number,
    );
    const arrays = inputArrays(layout, out);
    for (let b0 = 0; b0 < arrays.rows; b0 += PREDICT_BATCH) {
      if (options.signal?.aborted) throw new CancelledError();
      const b1 = Math.min(arrays.rows, b0 + PREDICT_BATCH);
      const xs = inputTensors(tf, layout, arrays, b0, b1);
      // predict() would split the rows into batches of 32 unless told otherwise.
      const y = tf.tidy(
        () => model.predict(xs.length === 1 ? (xs[0] as Tensor) : xs, { batchSize: b1 - b0 }) as Tensor,
      );
      for (const x of xs) x.dispose();
      values.set(await y.data(), (c0 + b0) * width);
      y.dispose();
      const now = performance.now();
      if (now - lastTick >= TICK_MS) {
        lastTick = now;
        options.onTick?.(c0 + b1, rows.length);
        await yieldToEvents();
      }
    }
  }
  return { values, width };
}
