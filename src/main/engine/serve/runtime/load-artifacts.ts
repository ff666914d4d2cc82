/**
 * A model version's artifact folder, read for serving: the tfjs model, its feature pipeline,
 * labels, input schema and metadata. Every file is checked, so a damaged folder fails with a
 * message naming the file instead of failing later on a request.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayersModel } from '@tensorflow/tfjs';
import type { z } from 'zod';
import { FeaturePipeline } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { InputSchema, ModelMetadata } from '../../../../shared/train.js';
import { loadModel } from '../../ml/artifacts/model-files.js';
import type { Tf } from '../../ml/tf-loader.js';

export interface VersionArtifacts {
  model: LayersModel;
  pipeline: FeaturePipeline;
  labels: string[] | null;
  inputs: InputSchema;
  metadata: ModelMetadata;
}

async function readJson<S extends z.ZodType>(dir: string, file: string, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dir, file), 'utf8'));
  } catch (err) {
    throw new AppError('not_found', `Cannot read ${file} of the model in ${dir}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new AppError('internal', `${file} of the model in ${dir} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

/** Read a version's artifact folder (absolute path). */
export async function loadArtifacts(tf: Tf, dir: string): Promise<VersionArtifacts> {
  const [metadata, pipeline, inputs] = await Promise.all([
    readJson(dir, 'metadata.json', ModelMetadata),
    readJson(dir, 'pipeline.json', FeaturePipeline),
    readJson(dir, 'input-schema.json', InputSchema),
  ]);
  let labels: string[] | null = metadata.labels;
  try {
    labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as string[] | null;
  } catch {
    // labels.json is a copy of metadata.labels; the metadata is enough.
  }
  const model = await loadModel(tf, dir);
  return { model, pipeline, labels, inputs, metadata };
}

/**
 * One row of typical values, for warming a model before it serves: the fill value (train median)
 * of numbers, the first known category, missing for the rest (the pipeline fills them).
 */
export function typicalRow(pipeline: FeaturePipeline): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const f of pipeline.features) {
    if (f.kind === 'numeric') row[f.column] = f.fill;
    else if (f.kind === 'categorical') row[f.column] = f.vocabulary[0] ?? null;
    else if (f.kind === 'boolean') row[f.column] = f.fill >= 0.5;
    else row[f.column] = null;
  }
  return row;
}
