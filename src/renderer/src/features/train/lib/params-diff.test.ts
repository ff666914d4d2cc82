import { describe, expect, it } from 'vitest';
import { changedPaths, paramsDiff, tuningBase } from './params-diff';
import { params } from './test-fixtures';

describe('paramsDiff', () => {
  it('sends only the template when nothing changed', () => {
    expect(paramsDiff(params(), params())).toEqual({ template: 'mlp' });
  });

  it('sends changed scalars, nested groups as partials and the schedule whole', () => {
    const base = params();
    const draft = params({
      epochs: 30,
      learningRate: 0.01,
      earlyStopping: { ...base.earlyStopping, enabled: false },
      mlp: { ...base.mlp, units: 128, dropout: 0 },
      schedule: { kind: 'step', every: 10, factor: 0.5 },
    });
    expect(paramsDiff(base, draft)).toEqual({
      template: 'mlp',
      epochs: 30,
      learningRate: 0.01,
      schedule: { kind: 'step', every: 10, factor: 0.5 },
      earlyStopping: { enabled: false },
      mlp: { units: 128, dropout: 0 },
    });
  });

  it('compares arrays by value (datetime parts)', () => {
    const base = params();
    const same = params({
      pipeline: { ...base.pipeline, datetimeParts: ['year', 'month', 'weekday', 'hour'] },
    });
    expect(paramsDiff(base, same)).toEqual({ template: 'mlp' });
    const other = params({ pipeline: { ...base.pipeline, datetimeParts: ['year'] } });
    expect(paramsDiff(base, other)).toEqual({ template: 'mlp', pipeline: { datetimeParts: ['year'] } });
  });

  it('names the changed paths', () => {
    const base = params();
    const draft = params({ template: 'text', seed: 7, text: { ...base.text, encoder: 'conv' } });
    expect(changedPaths(base, draft)).toEqual(['template', 'seed', 'text.encoder']);
    expect(changedPaths(base, base)).toEqual([]);
  });

  it('leaves template, epochs and seed out of a tuning base', () => {
    const base = params();
    const draft = params({ template: 'text', epochs: 5, seed: 3, batchSize: 64 });
    expect(tuningBase(base, draft)).toEqual({ batchSize: 64 });
  });
});
