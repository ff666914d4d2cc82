/**
 * model.json + weights.bin in the tfjs layers format (what tf.loadLayersModel reads, e.g. with
 * tfjs-node's file:// handler), written and read with plain fs: no tfjs-node needed.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { io, LayersModel } from '@tensorflow/tfjs';
import { AppError } from '../../../../shared/errors.js';
import type { Tf } from '../tf-loader.js';

export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

interface ModelJson {
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: io.WeightsManifestEntry[] }[];
}

function joinBuffers(data: ArrayBuffer | ArrayBuffer[]): Uint8Array {
  if (!Array.isArray(data)) return new Uint8Array(data);
  return Buffer.concat(data.map((b) => new Uint8Array(b)));
}

/** Write to a temporary name, then rename: a reader never sees half a file. */
async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}

/** Write a model as model.json + weights.bin in `dir` (tfjs layers format, loadable by tf.loadLayersModel). */
export async function saveModel(model: LayersModel, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await model.save({
    save: async (a: io.ModelArtifacts): Promise<io.SaveResult> => {
      if (!a.modelTopology || !a.weightSpecs || !a.weightData)
        throw new Error('the model gave no topology or weights to save');
      const weights = joinBuffers(a.weightData);
      const json: ModelJson = {
        format: a.format ?? 'layers-model',
        generatedBy: a.generatedBy,
        convertedBy: a.convertedBy ?? null,
        modelTopology: a.modelTopology as object,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: a.weightSpecs }],
      };
      await writeAtomic(join(dir, WEIGHTS_FILE), weights);
      await writeAtomic(join(dir, MODEL_FILE), JSON.stringify(json));
      return {
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: 'JSON',
          weightDataBytes: weights.byteLength,
        },
      };
    },
  });
}

/** Load a model written by saveModel. */
export async function loadModel(tf: Tf, dir: string): Promise<LayersModel> {
  let json: ModelJson;
  let weights: Buffer;
  try {
    json = JSON.parse(await readFile(join(dir, MODEL_FILE), 'utf8')) as ModelJson;
    weights = await readFile(join(dir, WEIGHTS_FILE));
  } catch (err) {
    throw new AppError('not_found', `Cannot read the model in ${dir}: ${(err as Error).message}`);
  }
  const weightSpecs = json.weightsManifest.flatMap((g) => g.weights);
  const weightData = weights.buffer.slice(
    weights.byteOffset,
    weights.byteOffset + weights.byteLength,
  ) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData }));
}
