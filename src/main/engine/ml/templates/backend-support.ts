import type { Tensor } from '@tensorflow/tfjs';
import { type FeaturePipeline, type FittedFeature, PipelineOptions } from '../../../../shared/data.js';
import type { TemplateId, TrainParams } from '../../../../shared/train.js';
import { featureOffsets, featureSlotNames } from '../../data/pipeline/layout.js';
import type { TransformOutput } from '../../data/pipeline/transform.js';
import type { Tf } from '../tf-loader.js';
import { makeStep } from '../train/batch-step.js';
import { defaultTrainParams } from '../train/defaults.js';
import { makeOptimizer } from '../train/optimizer.js';
import { buildModel } from './build-model.js';
import { inputArrays, inputTensors } from './input-arrays.js';

const ROWS = 4;

/** A pipeline over one numeric, one categorical (index-encoded when embeddings are on) and, for the text template, one text column. */
function probePipeline(template: TemplateId, embeddingMin: number): FeaturePipeline {
  const categories = Math.max(3, embeddingMin);
  const features: FittedFeature[] = [
    {
      kind: 'numeric',
      column: 'x',
      fill: 0,
      scaling: 'standard',
      center: 0,
      scale: 1,
      missingIndicator: false,
    },
    {
      kind: 'categorical',
      column: 'c',
      encoding: embeddingMin > 0 ? 'index' : 'onehot',
      vocabulary: Array.from({ length: categories - 1 }, (_, i) => `c${i}`),
      missingIndicator: false,
    },
  ];
  if (template === 'text')
    features.push({ kind: 'text', column: 't', vocabulary: ['a', 'b', 'c'], maxLength: 8, lowercase: true });
  return {
    formatVersion: 1,
    versionId: 'probe',
    options: PipelineOptions.parse({}),
    features,
    denseWidth: featureOffsets(features).width,
    denseNames: features.flatMap(featureSlotNames),
    target: { column: 'y', task: 'binary', classes: ['0', '1'], center: 0, scale: 1 },
    fittedOn: { split: 'train', rows: ROWS },
  };
}

/** Rows of the probe pipeline's output: category slot = row % 2, token ids 2..4. */
function probeOutput(p: FeaturePipeline): TransformOutput {
  const w = p.denseWidth;
  const dense = new Float32Array(ROWS * w);
  const cat = p.features[1] as Extract<FittedFeature, { kind: 'categorical' }>;
  for (let r = 0; r < ROWS; r++) {
    dense[r * w] = r - 1.5;
    if (cat.encoding === 'index') dense[r * w + 1] = r % 2;
    else dense[r * w + 1 + (r % 2)] = 1;
  }
  const tokens: Record<string, Int32Array> = {};
  const text = p.features[2];
  if (text?.kind === 'text')
    tokens[text.column] = Int32Array.from({ length: ROWS * text.maxLength }, (_, i) => 2 + (i % 3));
  return { dense, tokens, target: Float32Array.from({ length: ROWS }, (_, r) => r % 2), rowCount: ROWS };
}

/** The params shrunk to a tiny model with the same layer kinds. */
function tiny(params: TrainParams): TrainParams {
  return {
    ...params,
    mlp: {
      ...params.mlp,
      units: Math.min(params.mlp.units, 8),
      hiddenLayers: Math.min(params.mlp.hiddenLayers, 2),
    },
    text: {
      ...params.text,
      embeddingDim: Math.min(params.text.embeddingDim, 8),
      filters: Math.min(params.text.filters, 4),
      kernelSize: Math.min(params.text.kernelSize, 3),
      denseUnits: Math.min(params.text.denseUnits, 8),
    },
  };
}

/**
 * Does this template train on the backend tf runs on now? Trains a tiny model one step; a missing
 * kernel (e.g. a gradient the wasm backend lacks) gives { ok: false, reason }. Pass the run's
 * params to probe its exact layers (embeddings, the text encoder, the optimizer); without them the
 * template's defaults are probed (mlp without embeddings, text with average pooling).
 */
export async function templateTrainsOn(
  tf: Tf,
  template: TemplateId,
  params?: TrainParams,
): Promise<{ ok: boolean; reason: string }> {
  const base =
    params ??
    defaultTrainParams({ trainRows: 1000, features: 4, classes: 2, task: 'binary', textColumns: ['t'] });
  const p = tiny({ ...base, template });
  const pipeline = probePipeline(template, p.mlp.embeddingMinCategories);
  const backend = tf.getBackend();
  const { model, layout } = buildModel(tf, pipeline, p);
  const optimizer = makeOptimizer(tf, p.optimizer, p.learningRate);
  const out = probeOutput(pipeline);
  const arrays = inputArrays(layout, out);
  const xs = inputTensors(tf, layout, arrays, 0, ROWS);
  const y = tf.tensor1d(out.target as Float32Array);
  let tensors: Tensor[] = [];
  try {
    const r = makeStep(tf, model, 'binary', optimizer)(xs, y, null);
    tensors = [r.cost, r.metricSum];
    const loss = (await r.cost.data())[0] as number;
    if (!Number.isFinite(loss))
      return { ok: false, reason: `the ${template} template gave a non-finite loss on ${backend}` };
    return { ok: true, reason: `the ${template} template trains on ${backend}` };
  } catch (err) {
    return {
      ok: false,
      reason: `the ${template} template cannot train on ${backend}: ${(err as Error).message}`,
    };
  } finally {
    for (const t of [...tensors, ...xs, y]) t.dispose();
    optimizer.dispose();
    model.dispose();
  }
}
