import { describe, expect, it } from 'vitest';
import { paramErrors, spaceErrors } from './field-errors';

describe('paramErrors', () => {
  it('attaches the contract check’s issues to the fields under the prefix', () => {
    const message =
      'Invalid input for train.start: params.epochs: epochs must be at least 1; params.mlp.units: units must be at least 1; versionId: give a version id';
    expect(paramErrors(message, 'params')).toEqual({
      fields: { epochs: 'epochs must be at least 1', 'mlp.units': 'units must be at least 1' },
      message,
    });
  });

  it('joins two issues of one field', () => {
    const r = paramErrors(
      'Invalid input for tune.start: base.batchSize: too small; base.batchSize: not whole',
      'base',
    );
    expect(r.fields).toEqual({ batchSize: 'too small; not whole' });
  });

  it('keeps a message that names no field whole', () => {
    const message = 'The batch size 4096 is larger than the 105 train rows; use at most 105.';
    expect(paramErrors(message, 'params')).toEqual({ fields: {}, message });
  });
});

describe('spaceErrors', () => {
  it('reads the engine’s 1-based dimension numbers as 0-based rows', () => {
    expect(
      spaceErrors(
        'Search space: dimension 2 (mlp.units): min 0 is out of range (units must be at least 1); dimension 4 (mlp.l2): a log scale needs min > 0 (got 0); use a small positive min such as 1e-6.',
      ),
    ).toEqual({
      1: 'min 0 is out of range (units must be at least 1)',
      3: 'a log scale needs min > 0 (got 0); use a small positive min such as 1e-6',
    });
  });

  it('reads the contract’s 0-based space paths', () => {
    expect(
      spaceErrors(
        'Invalid input for tune.start: space.0.min: Invalid input: expected number; space.2: at least one',
      ),
    ).toEqual({ 0: 'min: Invalid input: expected number', 2: 'at least one' });
  });
});
