import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { FeaturePipeline } from '../../../shared/data.js';
import { type TransformOutput, transformRecords } from '../data/pipeline/transform.js';
import type { Table } from '../data/table/types.js';
import { inputArrays, inputTensors } from './templates/input-arrays.js';
import { type InputLayout, layoutOfModel } from './templates/input-layout.js';
import type { Tf } from './tf-loader.js';
import { modelOutputs } from './train/model-outputs.js';

/**
 * Model outputs for rows of a table (all rows when `rows` is null), in batches: class
 * probabilities (rows × classes, row-major) for classification, predictions in the target's
 * units for regression. The model's inputs are found from its input names (see input-layout.ts).
 */
export async function predictTable(
  tf: Tf,
  model: LayersModel,
  pipeline: FeaturePipeline,
  table: Table,
  rows: Int32Array | null,
): Promise<{ values: Float32Array; width: number }> {
  const layout = layoutOfModel(pipeline, model.inputNames);
  const idx = rows ?? Int32Array.from({ length: table.rowCount }, (_, i) => i);
  const out = await modelOutputs(tf, model, layout, pipeline, table, idx);
  return toPredictions(pipeline, out.values, out.width);
}

/**
 * The same outputs for raw JSON records (as the inference server receives them: field → value,
 * null = missing), in one predict call. Values the pipeline cannot read are refused with
 * AppError('invalid_input') naming the record and field (see transformRecords).
 */
export function predictRecords(
  tf: Tf,
  model: LayersModel,
  pipeline: FeaturePipeline,
  records: readonly Record<string, unknown>[],
): { values: Float32Array; width: number } {
  const layout = layoutOfModel(pipeline, model.inputNames);
  return predictTransformed(
    tf,
    model,
    layout,
    pipeline,
    transformRecords({ ...pipeline, target: null }, records),
  );
}

/** One predict call on rows the pipeline has already transformed (the inference server batches these). */
export function predictTransformed(
  tf: Tf,
  model: LayersModel,
  layout: InputLayout,
  pipeline: FeaturePipeline,
  out: TransformOutput,
): { values: Float32Array; width: number } {
  const arrays = inputArrays(layout, out);
  const xs = inputTensors(tf, layout, arrays, 0, out.rowCount);
  try {
    const y = tf.tidy(
      () =>
        model.predict(xs.length === 1 ? (xs[0] as Tensor) : xs, {
          batchSize: Math.max(1, out.rowCount),
        }) as Tensor,
    );
    const raw = y.dataSync() as Float32Array;
    const width = y.shape[1] ?? 1;
    y.dispose();
    return toPredictions(pipeline, raw, width);
  } finally {
    for (const x of xs) x.dispose();
  }
}

/**
 * Raw model outputs as predictions: binary P(class 1) becomes [P(class 0), P(class 1)] per row;
 * multiclass probabilities stay; a regression output is taken back to the target's units.
 */
export function toPredictions(
  pipeline: FeaturePipeline,
  raw: Float32Array,
  width: number,
): { values: Float32Array; width: number } {
  const t = pipeline.target;
  if (t?.task === 'binary' && width === 1) {
    const values = new Float32Array(raw.length * 2);
    for (let i = 0; i < raw.length; i++) {
      const p = raw[i] as number;
      values[2 * i] = 1 - p;
      values[2 * i + 1] = p;
    }
    return { values, width: 2 };
  }
  if (t?.task === 'regression') {
    const values = new Float32Array(raw.length);
    for (let i = 0; i < raw.length; i++) values[i] = (raw[i] as number) * t.scale + t.center;
    return { values, width: 1 };
  }
  return { values: raw, width };
}
