import { describe, expect, it } from 'vitest';
import type { ModelSummary } from '../../../../../shared/serve';
import type { ModelVersionRecord } from '../../../../../shared/train';
import { chooseModel, newestVersion } from './model-choice';

const v = (version: number): ModelVersionRecord => ({
  id: `id${version}`,
  modelName: 'm',
  version,
  stage: 'candidate',
  runId: 'r',
  task: 'binary',
  artifactDir: 'models/m',
  metrics: null,
  testMetrics: null,
  createdAt: '2025-01-01T00:00:00.000Z',
});

const model = (name: string, versions: number[]): ModelSummary => ({
  name,
  task: 'binary',
  versions: versions.map(v),
  production: null,
});

const models = [model('adult', [1, 3, 2]), model('iris', [1])];

describe('model and version choice', () => {
  it('finds the newest version', () => {
    expect(newestVersion(models[0] as ModelSummary)).toBe(3);
    expect(newestVersion(model('empty', []))).toBeNull();
  });

  it('defaults to the newest version of the first model', () => {
    expect(chooseModel(models, { model: null, version: null })).toEqual({ model: 'adult', version: 3 });
  });

  it('keeps a choice that still exists', () => {
    expect(chooseModel(models, { model: 'adult', version: 2 })).toEqual({ model: 'adult', version: 2 });
    expect(chooseModel(models, { model: 'iris', version: null })).toEqual({ model: 'iris', version: 1 });
  });

  it('falls back when the version or the model is gone', () => {
    expect(chooseModel(models, { model: 'adult', version: 9 })).toEqual({ model: 'adult', version: 3 });
    expect(chooseModel(models, { model: 'gone', version: 1 })).toEqual({ model: 'adult', version: 3 });
    expect(chooseModel([model('empty', [])], { model: null, version: null })).toBeNull();
  });
});
