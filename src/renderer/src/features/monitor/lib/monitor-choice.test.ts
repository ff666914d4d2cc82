import { describe, expect, it } from 'vitest';
import { chooseTarget, monitoredVersion } from './monitor-choice';
import { model } from './test-fixtures';

const models = [model('draft', [1], null), model('churn', [1, 2, 3], 2), model('iris', [1], 1)];

describe('what to monitor', () => {
  it('defaults to the first model with a production version, following production', () => {
    expect(chooseTarget(models, null)).toEqual({ model: 'churn', version: null });
    expect(chooseTarget([model('a', [1], null)], null)).toEqual({ model: 'a', version: null });
    expect(chooseTarget([], null)).toBeNull();
  });

  it('keeps the model and the picked version while they exist', () => {
    expect(chooseTarget(models, { model: 'iris', version: null })).toEqual({ model: 'iris', version: null });
    expect(chooseTarget(models, { model: 'churn', version: 3 })).toEqual({ model: 'churn', version: 3 });
    expect(chooseTarget(models, { model: 'churn', version: 9 })).toEqual({ model: 'churn', version: null });
    expect(chooseTarget(models, { model: 'gone', version: 1 })).toEqual({ model: 'churn', version: null });
  });

  it('reads the picked version, else production, else none', () => {
    expect(monitoredVersion(models[1], 3)).toBe(3);
    expect(monitoredVersion(models[1], null)).toBe(2);
    expect(monitoredVersion(models[0], null)).toBeNull();
    expect(monitoredVersion(undefined, null)).toBeNull();
  });
});
