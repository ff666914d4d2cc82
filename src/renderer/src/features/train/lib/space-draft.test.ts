import { describe, expect, it } from 'vitest';
import { draftsFromSpace, newDimension, parseChoices, spaceFromDrafts, withPath } from './space-draft';

describe('search space drafts', () => {
  it('round-trips a space through the editor', () => {
    const space = [
      { type: 'float' as const, path: 'learningRate', min: 0.0001, max: 0.01, log: true },
      { type: 'int' as const, path: 'mlp.units', min: 32, max: 512, log: true },
      { type: 'choice' as const, path: 'batchSize', values: [128, 256] },
      { type: 'choice' as const, path: 'mlp.activation', values: ['relu', 'elu'] },
      { type: 'choice' as const, path: 'mlp.batchNorm', values: [true, false] },
    ];
    const drafts = draftsFromSpace(space);
    expect(drafts[0]).toMatchObject({ min: '0.0001', max: '0.01', log: true });
    expect(drafts[2]?.values).toBe('128, 256');
    expect(spaceFromDrafts(drafts)).toEqual({ space, errors: {} });
  });

  it('says what is wrong by row', () => {
    const [a, b, c, d] = draftsFromSpace([
      { type: 'float', path: 'learningRate', min: 0, max: 0.1, log: true },
      { type: 'int', path: 'mlp.units', min: 64, max: 32, log: false },
      { type: 'choice', path: 'batchSize', values: [1] },
      { type: 'float', path: 'mlp.dropout', min: 0, max: 0.5, log: false },
    ]);
    if (!a || !b || !c || !d) throw new Error('four drafts expected');
    const drafts = [a, b, { ...c, values: '128, big' }, { ...d, min: 'x' }, { ...d, key: 'again' }];
    const { errors } = spaceFromDrafts(drafts);
    expect(errors).toEqual({
      [a.key]: 'a log scale needs a min above 0',
      [b.key]: 'min 64 is greater than max 32',
      [c.key]: '"big" is not a number',
      [d.key]: 'min and max must be numbers',
      again: 'mlp.dropout is already in the space',
    });
  });

  it('parses choices as the parameter takes them', () => {
    expect(parseChoices('3, 5,7', 'int')).toEqual({ values: [3, 5, 7], error: null });
    expect(parseChoices('2.5', 'int').error).toBe('"2.5" is not a whole number');
    expect(parseChoices('true,false', 'boolean')).toEqual({ values: [true, false], error: null });
    expect(parseChoices('yes', 'boolean').error).toBe('"yes" is not true or false');
    expect(parseChoices('adam, sgd', 'enum')).toEqual({ values: ['adam', 'sgd'], error: null });
    expect(parseChoices(' , ', 'enum').error).toBe('give at least one value');
  });

  it('picks a type and values that suit a new parameter', () => {
    const d = newDimension('learningRate');
    expect(d).toMatchObject({ type: 'float', values: '' });
    expect(withPath(d, 'optimizer')).toMatchObject({
      type: 'choice',
      values: 'adam, sgd, momentum, rmsprop, adagrad',
    });
    expect(withPath(d, 'mlp.batchNorm')).toMatchObject({ type: 'choice', values: 'true, false' });
    expect(withPath(d, 'mlp.units')).toMatchObject({ type: 'int' });
  });
});
