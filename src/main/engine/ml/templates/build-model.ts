import type { LayersModel } from '@tensorflow/tfjs';
import type { FeaturePipeline } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { TrainParams } from '../../../../shared/train.js';
import type { Tf } from '../tf-loader.js';
import { type InputLayout, planLayout } from './input-layout.js';
import { buildMlp } from './mlp.js';
import { buildText } from './text.js';
import { registerTrainingKernels } from './training-kernels.js';

export interface BuiltModel {
  model: LayersModel;
  layout: InputLayout;
  /** Text columns the template leaves out (the mlp template uses no text). */
  ignoredText: string[];
}

/** The template's model for this pipeline (fitted with a target), with seeded initial weights. */
export function buildModel(tf: Tf, pipeline: FeaturePipeline, params: TrainParams): BuiltModel {
  const target = pipeline.target;
  if (!target)
    throw new AppError('invalid_input', 'The feature pipeline has no target; set the target column first.');
  const classes = target.classes?.length ?? 1;
  const withText = params.template === 'text';
  const textColumns = pipeline.features.filter((f) => f.kind === 'text').map((f) => f.column);
  if (withText && textColumns.length === 0)
    throw new AppError(
      'invalid_input',
      'The text template needs a free-text feature column, and this data has none; use the mlp template.',
    );
  registerTrainingKernels(tf);
  const layout = planLayout(pipeline, params.mlp.embeddingMinCategories, withText);
  const model = withText
    ? buildText(tf, layout, target.task, classes, params.text, params.mlp, params.seed)
    : buildMlp(tf, layout, target.task, classes, params.mlp, params.seed);
  return { model, layout, ignoredText: withText ? [] : textColumns };
}
