import type { LayersModel } from '@tensorflow/tfjs';
import type { TaskType } from '../../../../shared/data.js';
import type { MlpParams } from '../../../../shared/train.js';
import type { Tf } from '../tf-loader.js';
import { SeedSequence } from '../train/seeds.js';
import type { InputLayout } from './input-layout.js';
import { hidden, join, modelInputs, outputHead } from './model-parts.js';

/** Tabular MLP: [dense input ‖ category embeddings] → hiddenLayers × (dense, batch norm, activation, dropout) → head. */
export function buildMlp(
  tf: Tf,
  layout: InputLayout,
  task: TaskType,
  classes: number,
  p: MlpParams,
  seed: number,
): LayersModel {
  const seeds = new SeedSequence(seed, 1);
  const { inputs, tabular } = modelInputs(tf, layout, p.embeddingDim, seeds);
  let x = join(tf, tabular, 'features');
  for (let i = 1; i <= p.hiddenLayers; i++) {
    x = hidden(
      tf,
      x,
      {
        units: p.units,
        activation: p.activation,
        batchNorm: p.batchNorm,
        dropout: p.dropout,
        l2: p.l2,
        name: `hidden_${i}`,
      },
      seeds,
    );
  }
  return tf.model({ inputs, outputs: outputHead(tf, x, task, classes, p.l2, seeds), name: 'mlp' });
}
