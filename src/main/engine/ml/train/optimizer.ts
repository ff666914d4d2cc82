/**
 * Optimizers by name, the per-epoch learning rate, and their state for checkpoints. A resumed run
 * restores the exact state (including Adam's running β powers, which setWeights would recompute
 * with pow() and so differ in the last bits from the product the straight run accumulated).
 */
import type { Optimizer, Variable } from '@tensorflow/tfjs';
import type { TrainParams } from '../../../../shared/train.js';
import type { Tf } from '../tf-loader.js';
import { type SavedArray, saveNamed, saveTensor, tensorOf } from './saved-arrays.js';

export function makeOptimizer(tf: Tf, kind: TrainParams['optimizer'], lr: number): Optimizer {
  switch (kind) {
    case 'adam':
      return tf.train.adam(lr);
    case 'sgd':
      return tf.train.sgd(lr);
    case 'momentum':
      return tf.train.momentum(lr, 0.9);
    case 'rmsprop':
      return tf.train.rmsprop(lr);
    case 'adagrad':
      return tf.train.adagrad(lr);
  }
}

interface LearningRateHolder {
  learningRate: number;
  setLearningRate?: (lr: number) => void;
}

/** Sets the rate the next steps use (SGD and momentum keep it in a scalar tensor, the others read the field). */
export function setLearningRate(opt: Optimizer, lr: number): void {
  const o = opt as unknown as LearningRateHolder;
  if (typeof o.setLearningRate === 'function') o.setLearningRate(lr);
  else o.learningRate = lr;
}

/** Adam's and Adamax's running powers of β (private fields of tfjs's optimizers). */
const EXTRA_FIELDS = ['accBeta1', 'accBeta2'] as const;

type WithExtras = Partial<Record<(typeof EXTRA_FIELDS)[number], Variable>>;

/** The optimizer's weights (iterations and slots) plus its running β powers. */
export async function optimizerState(opt: Optimizer): Promise<SavedArray[]> {
  const named = await opt.getWeights();
  const weights = await saveNamed(named);
  // getWeights makes a fresh scalar for the iteration count; the rest are the optimizer's own variables.
  for (const w of named) if (w.name === 'iter') w.tensor.dispose();
  const o = opt as unknown as WithExtras;
  for (const f of EXTRA_FIELDS) {
    const v = o[f];
    if (v) weights.push(await saveTensor(`@${f}`, v));
  }
  return weights;
}

export async function restoreOptimizer(tf: Tf, opt: Optimizer, state: SavedArray[]): Promise<void> {
  const extras = state.filter((s) => s.name.startsWith('@'));
  const tensors = state
    .filter((s) => !s.name.startsWith('@'))
    .map((s) => ({ name: s.name, tensor: tensorOf(tf, s) }));
  await opt.setWeights(tensors);
  for (const t of tensors) t.tensor.dispose();
  const o = opt as unknown as WithExtras;
  for (const e of extras) {
    const v = o[e.name.slice(1) as (typeof EXTRA_FIELDS)[number]];
    if (!v) continue;
    const t = tensorOf(tf, e);
    v.assign(t);
    t.dispose();
  }
}
