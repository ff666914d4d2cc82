/**
 * The default search space per template: ranges that suit most tabular / text data, with rates
 * and widths on a log scale (L2 from 1e-6: a log scale cannot reach 0).
 */
import type { SearchSpace, TemplateId } from '../../../../shared/train.js';

const MLP_SPACE: SearchSpace = [
  { type: 'float', path: 'learningRate', min: 1e-4, max: 1e-2, log: true },
  { type: 'int', path: 'mlp.units', min: 32, max: 512, log: true },
  { type: 'int', path: 'mlp.hiddenLayers', min: 1, max: 4, log: false },
  { type: 'float', path: 'mlp.dropout', min: 0, max: 0.5, log: false },
  { type: 'float', path: 'mlp.l2', min: 1e-6, max: 1e-2, log: true },
  { type: 'choice', path: 'batchSize', values: [128, 256, 512] },
  { type: 'choice', path: 'mlp.activation', values: ['relu', 'elu', 'selu', 'swish'] },
];

const TEXT_SPACE: SearchSpace = [
  { type: 'float', path: 'learningRate', min: 1e-4, max: 1e-2, log: true },
  { type: 'int', path: 'text.embeddingDim', min: 16, max: 128, log: true },
  { type: 'choice', path: 'text.encoder', values: ['pool', 'conv'] },
  { type: 'int', path: 'text.filters', min: 32, max: 256, log: true },
  { type: 'choice', path: 'text.kernelSize', values: [3, 5, 7] },
  { type: 'int', path: 'text.denseUnits', min: 32, max: 256, log: true },
  { type: 'float', path: 'text.dropout', min: 0, max: 0.5, log: false },
  { type: 'choice', path: 'batchSize', values: [32, 64, 128] },
];

/** The template's default search space (a fresh copy the caller may change). */
export function defaultSearchSpace(template: TemplateId): SearchSpace {
  return structuredClone(template === 'text' ? TEXT_SPACE : MLP_SPACE);
}
