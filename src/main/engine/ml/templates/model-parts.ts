/** Layers the templates share: inputs with embeddings, hidden blocks and the task's output head. */
import type { SymbolicTensor } from '@tensorflow/tfjs';
import type { TaskType } from '../../../../shared/data.js';
import type { TrainParams } from '../../../../shared/train.js';
import type { Tf } from '../tf-loader.js';
import type { SeedSequence } from '../train/seeds.js';
import { categoryInputName, DENSE_INPUT, type InputLayout, textInputName } from './input-layout.js';

type Activation = TrainParams['mlp']['activation'];

export interface ModelInputs {
  /** In the layout's order. */
  inputs: SymbolicTensor[];
  /** The dense input and the flattened category embeddings (to concatenate). */
  tabular: SymbolicTensor[];
  /** The token-id input of each text feature, in layout.texts order. */
  tokens: SymbolicTensor[];
}

/** Embedding width for a categorical: the given one, or min(50, ceil(categories^0.5 × 1.6)). */
export function embeddingWidth(categories: number, given: number): number {
  return given > 0 ? given : Math.min(50, Math.ceil(Math.sqrt(categories) * 1.6));
}

export function modelInputs(
  tf: Tf,
  layout: InputLayout,
  embeddingDim: number,
  seeds: SeedSequence,
): ModelInputs {
  const inputs: SymbolicTensor[] = [];
  const tabular: SymbolicTensor[] = [];
  const tokens: SymbolicTensor[] = [];
  if (layout.denseWidth > 0) {
    const x = tf.input({ shape: [layout.denseWidth], name: DENSE_INPUT, dtype: 'float32' });
    inputs.push(x);
    tabular.push(x);
  }
  for (const c of layout.categories) {
    const name = categoryInputName(c.feature);
    const x = tf.input({ shape: [1], name, dtype: 'int32' });
    inputs.push(x);
    const e = tf.layers
      .embedding({
        inputDim: c.categories,
        outputDim: embeddingWidth(c.categories, embeddingDim),
        embeddingsInitializer: tf.initializers.randomUniform({
          minval: -0.05,
          maxval: 0.05,
          seed: seeds.next(),
        }),
        name: `${name}_embedding`,
      })
      .apply(x) as SymbolicTensor;
    tabular.push(tf.layers.flatten({ name: `${name}_flatten` }).apply(e) as SymbolicTensor);
  }
  for (const t of layout.texts) {
    const x = tf.input({ shape: [t.maxLength], name: textInputName(t.feature), dtype: 'int32' });
    inputs.push(x);
    tokens.push(x);
  }
  return { inputs, tabular, tokens };
}

/** One tensor from several (concatenated), or the one as it is. */
export function join(tf: Tf, parts: SymbolicTensor[], name: string): SymbolicTensor {
  if (parts.length === 0) throw new Error('join: nothing to join');
  if (parts.length === 1) return parts[0] as SymbolicTensor;
  return tf.layers.concatenate({ name }).apply(parts) as SymbolicTensor;
}

export interface HiddenArgs {
  units: number;
  activation: Activation;
  batchNorm: boolean;
  dropout: number;
  l2: number;
  name: string;
}

/** Dense → (batch norm) → activation → (dropout), with seeded weights and dropout. */
export function hidden(tf: Tf, x: SymbolicTensor, a: HiddenArgs, seeds: SeedSequence): SymbolicTensor {
  let y = tf.layers
    .dense({
      units: a.units,
      activation: a.batchNorm ? 'linear' : a.activation,
      useBias: !a.batchNorm,
      kernelInitializer:
        a.activation === 'selu'
          ? tf.initializers.leCunNormal({ seed: seeds.next() })
          : tf.initializers.glorotUniform({ seed: seeds.next() }),
      kernelRegularizer: a.l2 > 0 ? tf.regularizers.l2({ l2: a.l2 }) : undefined,
      name: a.name,
    })
    .apply(x) as SymbolicTensor;
  if (a.batchNorm) {
    y = tf.layers.batchNormalization({ name: `${a.name}_bn` }).apply(y) as SymbolicTensor;
    y = tf.layers.activation({ activation: a.activation, name: `${a.name}_act` }).apply(y) as SymbolicTensor;
  }
  if (a.dropout > 0)
    y = tf.layers
      .dropout({ rate: a.dropout, seed: seeds.next(), name: `${a.name}_dropout` })
      .apply(y) as SymbolicTensor;
  return y;
}

/** The output: P(class 1) (binary, sigmoid), class probabilities (multiclass, softmax) or the standardised target. */
export function outputHead(
  tf: Tf,
  x: SymbolicTensor,
  task: TaskType,
  classes: number,
  l2: number,
  seeds: SeedSequence,
): SymbolicTensor {
  return tf.layers
    .dense({
      units: task === 'multiclass' ? classes : 1,
      activation: task === 'binary' ? 'sigmoid' : task === 'multiclass' ? 'softmax' : 'linear',
      kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.next() }),
      kernelRegularizer: l2 > 0 ? tf.regularizers.l2({ l2 }) : undefined,
      name: 'output',
    })
    .apply(x) as SymbolicTensor;
}
