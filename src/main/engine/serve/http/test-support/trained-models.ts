/**
 * Test support: small real models for the HTTP tests, trained with the real training core on the
 * given tfjs backend: iris (real data, multiclass, numeric inputs) and the synthetic regression
 * set (numeric and categorical inputs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LayersModel } from '@tensorflow/tfjs';
import {
  type FeaturePipeline,
  PipelineOptions,
  SplitSpec,
  type TaskType,
} from '../../../../../shared/data.js';
import type { InputSchema } from '../../../../../shared/train.js';
import { fitPipeline } from '../../../data/pipeline/fit-pipeline.js';
import { computeSplit } from '../../../data/split/compute-split.js';
import { inputSchemaOf } from '../../../ml/artifacts/input-schema.js';
import type { Tf } from '../../../ml/tf-loader.js';
import { importDataset, schemaFor } from '../../../ml/train/adult-fixture.js';
import { resolveTrainParams } from '../../../ml/train/defaults.js';
import { synthetic } from '../../../ml/train/synthetic.js';
import { recordingHooks } from '../../../ml/train/test-hooks.js';
import { type TrainData, trainModel } from '../../../ml/train/train-model.js';

export interface TrainedModel {
  tf: Tf;
  model: LayersModel;
  pipeline: FeaturePipeline;
  inputs: InputSchema;
  labels: string[] | null;
  task: TaskType;
  target: string;
}

async function train(
  tf: Tf,
  data: TrainData,
  pipeline: FeaturePipeline,
  epochs: number,
): Promise<TrainedModel> {
  const params = resolveTrainParams(
    { epochs, batchSize: 16, learningRate: 0.02 },
    {
      trainRows: data.assignment.filter((a) => a === 0).length,
      features: pipeline.denseWidth,
      classes: pipeline.target?.classes?.length ?? null,
      task: data.task,
      textColumns: [],
    },
  );
  const dir = mkdtempSync(join(tmpdir(), 'aif-serve-http-'));
  try {
    const r = await trainModel(
      { tf, data, pipeline, params, checkpointDir: dir, resume: false },
      recordingHooks(),
    );
    return {
      tf,
      model: r.model,
      pipeline,
      inputs: inputSchemaOf(pipeline, data.columns),
      labels: r.labels,
      task: data.task,
      target: data.target,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Iris (150 rows, 4 numeric features, 3 classes). */
export async function trainIris(tf: Tf): Promise<TrainedModel> {
  const table = await importDataset('iris.csv');
  const columns = schemaFor(table, 'class');
  const assignment = computeSplit(
    table,
    SplitSpec.parse({ method: 'stratified', train: 0.8, validation: 0.2, test: 0, seed: 7 }),
    { name: 'class', task: 'multiclass' },
  );
  const pipeline = fitPipeline(
    table,
    { versionId: 'iris', columns, target: 'class', task: 'multiclass' },
    assignment,
    PipelineOptions.parse({}),
  );
  return train(tf, { table, columns, target: 'class', task: 'multiclass', assignment }, pipeline, 15);
}

/** Synthetic regression: x1, x2 (float) and c (categorical a/b/c) → y. */
export async function trainRegression(tf: Tf): Promise<TrainedModel> {
  const s = synthetic('regression', 300, 3);
  return train(tf, s.data, s.pipeline, 4);
}
