/**
 * The TrainParams a search space may vary, by dotted path, with the kind of value each takes.
 * The UI's space editor lists these; validation refuses any other path. Bounds are not repeated
 * here: a dimension's bounds and choices are checked against the TrainParamsInput schema itself.
 * `template`, `epochs` and `seed` are not tunable: the tuning sets them (spec.template,
 * spec.maxEpochs and the rungs, spec.seed).
 */
import { PipelineOptions } from '../../../../shared/data.js';
import { Activation, type TemplateId, TextParams, TrainParams } from '../../../../shared/train.js';

export type TunableKind = 'float' | 'int' | 'enum' | 'boolean';

export interface TunableParam {
  path: string;
  kind: TunableKind;
  /** The allowed values of an enum parameter. */
  options?: readonly string[];
  /** Only this template uses the parameter (absent: every template). */
  template?: TemplateId;
}

const p = (path: string, kind: TunableKind, extra: Partial<TunableParam> = {}): TunableParam => ({
  path,
  kind,
  ...extra,
});

export const TUNABLE_PARAMS: readonly TunableParam[] = [
  p('learningRate', 'float'),
  p('batchSize', 'int'),
  p('optimizer', 'enum', { options: TrainParams.shape.optimizer.options }),
  p('classWeights', 'enum', { options: TrainParams.shape.classWeights.options }),
  p('earlyStopping.patience', 'int'),
  p('mlp.hiddenLayers', 'int'),
  p('mlp.units', 'int'),
  p('mlp.activation', 'enum', { options: Activation.options }),
  p('mlp.dropout', 'float'),
  p('mlp.batchNorm', 'boolean'),
  p('mlp.l2', 'float'),
  p('mlp.embeddingMinCategories', 'int'),
  p('mlp.embeddingDim', 'int'),
  p('text.embeddingDim', 'int', { template: 'text' }),
  p('text.encoder', 'enum', { options: TextParams.shape.encoder.options, template: 'text' }),
  p('text.filters', 'int', { template: 'text' }),
  p('text.kernelSize', 'int', { template: 'text' }),
  p('text.denseUnits', 'int', { template: 'text' }),
  p('text.dropout', 'float', { template: 'text' }),
  p('text.l2', 'float', { template: 'text' }),
  p('pipeline.numericScaling', 'enum', { options: PipelineOptions.shape.numericScaling.unwrap().options }),
  p('pipeline.categoricalEncoding', 'enum', {
    options: PipelineOptions.shape.categoricalEncoding.unwrap().options,
  }),
  p('pipeline.maxCategories', 'int'),
  p('pipeline.missingIndicators', 'boolean'),
  p('pipeline.textMaxLength', 'int', { template: 'text' }),
  p('pipeline.textVocabularySize', 'int', { template: 'text' }),
];

const BY_PATH = new Map(TUNABLE_PARAMS.map((t) => [t.path, t]));

export function tunableParam(path: string): TunableParam | undefined {
  return BY_PATH.get(path);
}

/** Paths the tuning itself sets, with what sets them. */
export const RESERVED_PATHS: Readonly<Record<string, string>> = {
  template: 'the tuning template',
  epochs: 'maxEpochs (and the rungs, for hyperband)',
  seed: 'the tuning seed',
};
