import type { LrSchedule, TemplateId, TrainParams } from '../../../../../shared/train';

/**
 * The choices of the training form. They mirror the enums of shared/train.ts and shared/data.ts
 * (type-checked against them) without pulling their zod schemas into the renderer bundle.
 */
export const TEMPLATES: readonly { id: TemplateId; label: string; help: string }[] = [
  {
    id: 'mlp',
    label: 'MLP (tabular)',
    help: 'Dense layers over the feature pipeline’s vector; wide categoricals can be embedded.',
  },
  {
    id: 'text',
    label: 'Text classifier',
    help: 'A token embedding, pooled or convolved, joined with the tabular features.',
  },
];

export const OPTIMIZERS: readonly TrainParams['optimizer'][] = [
  'adam',
  'sgd',
  'momentum',
  'rmsprop',
  'adagrad',
];

export const ACTIVATIONS: readonly TrainParams['mlp']['activation'][] = [
  'relu',
  'elu',
  'selu',
  'tanh',
  'sigmoid',
  'swish',
];

export const CLASS_WEIGHTS: readonly { id: TrainParams['classWeights']; label: string }[] = [
  { id: 'auto', label: 'Auto (balance when a class is under 20 %)' },
  { id: 'balanced', label: 'Balanced' },
  { id: 'none', label: 'None' },
];

export const SCHEDULES: readonly { id: LrSchedule['kind']; label: string }[] = [
  { id: 'constant', label: 'Constant' },
  { id: 'step', label: 'Step decay' },
  { id: 'cosine', label: 'Cosine decay' },
  { id: 'exponential', label: 'Exponential decay' },
];

export const TEXT_ENCODERS: readonly TrainParams['text']['encoder'][] = ['pool', 'conv'];

export const SCALINGS: readonly TrainParams['pipeline']['numericScaling'][] = [
  'standard',
  'minmax',
  'robust',
  'none',
];

export const ENCODINGS: readonly TrainParams['pipeline']['categoricalEncoding'][] = ['onehot', 'index'];

/** A schedule of this kind with sensible values (kept from the current one where they apply). */
export function scheduleOfKind(kind: LrSchedule['kind'], current: LrSchedule): LrSchedule {
  if (kind === current.kind) return current;
  switch (kind) {
    case 'constant':
      return { kind };
    case 'step':
      return { kind, every: 10, factor: 0.5 };
    case 'cosine':
      return { kind, minLr: 0 };
    case 'exponential':
      return { kind, gamma: 0.95 };
  }
}
