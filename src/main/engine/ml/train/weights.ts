import type { LayersModel } from '@tensorflow/tfjs';
import { AppError } from '../../../../shared/errors.js';
import type { Tf } from '../tf-loader.js';
import { type SavedArray, saveTensor, tensorOf } from './saved-arrays.js';

/** Every weight of the model (trainable and not, e.g. batch-norm statistics), copied to JS. */
export function saveWeights(model: LayersModel): Promise<SavedArray[]> {
  return Promise.all(model.weights.map((w) => saveTensor(w.originalName, w.read())));
}

/** Loads saved weights into the model (same architecture: count and shapes must match). */
export function restoreWeights(tf: Tf, model: LayersModel, saved: SavedArray[]): void {
  const live = model.weights;
  const same =
    live.length === saved.length &&
    live.every((w, i) => w.shape.join() === (saved[i] as SavedArray).shape.join());
  if (!same)
    throw new AppError(
      'conflict',
      'The checkpoint holds weights of a different model; start a new run instead of resuming this one.',
    );
  const tensors = saved.map((s) => tensorOf(tf, s));
  model.setWeights(tensors);
  for (const t of tensors) t.dispose();
}
