import type { LayersModel, SymbolicTensor } from '@tensorflow/tfjs';
import type { TaskType } from '../../../../shared/data.js';
import type { MlpParams, TextParams } from '../../../../shared/train.js';
import type { Tf } from '../tf-loader.js';
import { SeedSequence } from '../train/seeds.js';
import type { InputLayout } from './input-layout.js';
import { hidden, join, modelInputs, outputHead } from './model-parts.js';

/**
 * Text classifier: per text column, token embedding → global average pooling (`pool`) or
 * 1-D convolution → global max pooling (`conv`); joined with the tabular inputs (dense vector and
 * category embeddings) → dense (relu) → dropout → head.
 */
export function buildText(
  tf: Tf,
  layout: InputLayout,
  task: TaskType,
  classes: number,
  p: TextParams,
  mlp: MlpParams,
  seed: number,
): LayersModel {
  const seeds = new SeedSequence(seed, 2);
  const { inputs, tabular, tokens } = modelInputs(tf, layout, mlp.embeddingDim, seeds);
  const encoded = layout.texts.map((t, i) => {
    const name = `text_${t.feature}`;
    const e = tf.layers
      .embedding({
        inputDim: t.vocabularySize,
        outputDim: p.embeddingDim,
        embeddingsInitializer: tf.initializers.randomUniform({
          minval: -0.05,
          maxval: 0.05,
          seed: seeds.next(),
        }),
        embeddingsRegularizer: p.l2 > 0 ? tf.regularizers.l2({ l2: p.l2 }) : undefined,
        name: `${name}_embedding`,
      })
      .apply(tokens[i] as SymbolicTensor) as SymbolicTensor;
    if (p.encoder === 'pool')
      return tf.layers.globalAveragePooling1d({ name: `${name}_pool` }).apply(e) as SymbolicTensor;
    const c = tf.layers
      .conv1d({
        filters: p.filters,
        kernelSize: p.kernelSize,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.next() }),
        kernelRegularizer: p.l2 > 0 ? tf.regularizers.l2({ l2: p.l2 }) : undefined,
        name: `${name}_conv`,
      })
      .apply(e) as SymbolicTensor;
    return tf.layers.globalMaxPooling1d({ name: `${name}_pool` }).apply(c) as SymbolicTensor;
  });
  const x = hidden(
    tf,
    join(tf, [...encoded, ...tabular], 'features'),
    {
      units: p.denseUnits,
      activation: 'relu',
      batchNorm: false,
      dropout: p.dropout,
      l2: p.l2,
      name: 'hidden_1',
    },
    seeds,
  );
  return tf.model({ inputs, outputs: outputHead(tf, x, task, classes, p.l2, seeds), name: 'text' });
}
