import type { TemplateId } from '../../../../../shared/train';
import { ACTIVATIONS, ENCODINGS, OPTIMIZERS, SCALINGS, TEXT_ENCODERS } from './train-options';

export type TunableKind = 'float' | 'int' | 'enum' | 'boolean';

export interface TunablePath {
  path: string;
  kind: TunableKind;
  options?: readonly string[];
  /** Only this template uses it. */
  template?: TemplateId;
}

/**
 * The TrainParams a search space may vary, by dotted path: the engine's list
 * (src/main/engine/ml/tune/tunable-params.ts), which also checks every dimension.
 * `template`, `epochs` and `seed` are set by the tuning itself.
 */
export const TUNABLE_PATHS: readonly TunablePath[] = [
  { path: 'learningRate', kind: 'float' },
  { path: 'batchSize', kind: 'int' },
  { path: 'optimizer', kind: 'enum', options: OPTIMIZERS },
  { path: 'classWeights', kind: 'enum', options: ['none', 'balanced', 'auto'] },
  { path: 'earlyStopping.patience', kind: 'int' },
  { path: 'mlp.hiddenLayers', kind: 'int' },
  { path: 'mlp.units', kind: 'int' },
  { path: 'mlp.activation', kind: 'enum', options: ACTIVATIONS },
  { path: 'mlp.dropout', kind: 'float' },
  { path: 'mlp.batchNorm', kind: 'boolean' },
  { path: 'mlp.l2', kind: 'float' },
  { path: 'mlp.embeddingMinCategories', kind: 'int' },
  { path: 'mlp.embeddingDim', kind: 'int' },
  { path: 'text.embeddingDim', kind: 'int', template: 'text' },
  { path: 'text.encoder', kind: 'enum', options: TEXT_ENCODERS, template: 'text' },
  { path: 'text.filters', kind: 'int', template: 'text' },
  { path: 'text.kernelSize', kind: 'int', template: 'text' },
  { path: 'text.denseUnits', kind: 'int', template: 'text' },
  { path: 'text.dropout', kind: 'float', template: 'text' },
  { path: 'text.l2', kind: 'float', template: 'text' },
  { path: 'pipeline.numericScaling', kind: 'enum', options: SCALINGS },
  { path: 'pipeline.categoricalEncoding', kind: 'enum', options: ENCODINGS },
  { path: 'pipeline.maxCategories', kind: 'int' },
  { path: 'pipeline.missingIndicators', kind: 'boolean' },
  { path: 'pipeline.textMaxLength', kind: 'int', template: 'text' },
  { path: 'pipeline.textVocabularySize', kind: 'int', template: 'text' },
];

const BY_PATH = new Map(TUNABLE_PATHS.map((t) => [t.path, t]));

export function tunablePath(path: string): TunablePath | undefined {
  return BY_PATH.get(path);
}

/** The paths a tuning of this template may vary. */
export function tunablePathsFor(template: TemplateId): TunablePath[] {
  return TUNABLE_PATHS.filter((t) => !t.template || t.template === template);
}
