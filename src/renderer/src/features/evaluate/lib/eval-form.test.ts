import { describe, expect, it } from 'vitest';
import { DEFAULT_EVAL_FORM, evaluateInput, newestVersionId } from './eval-form';

describe('evaluate form', () => {
  it('sends the test split with robustness and no load test by default', () => {
    expect(evaluateInput(DEFAULT_EVAL_FORM, 'adult', 3)).toEqual({
      input: { modelName: 'adult', version: 3, robustness: true },
    });
  });

  it('adds a dataset version and the load test when chosen', () => {
    const result = evaluateInput(
      {
        ...DEFAULT_EVAL_FORM,
        source: 'dataset-version',
        datasetId: 'd1',
        datasetVersionId: 'v9',
        robustness: false,
        load: true,
        rate: ' 500 ',
        seconds: '2.5',
        connections: '16',
      },
      'adult',
      1,
    );
    expect(result).toEqual({
      input: {
        modelName: 'adult',
        version: 1,
        robustness: false,
        datasetVersionId: 'v9',
        load: { rate: 500, seconds: 2.5, connections: 16 },
      },
    });
  });

  it('says which fields to fix', () => {
    const result = evaluateInput(
      {
        ...DEFAULT_EVAL_FORM,
        source: 'dataset-version',
        load: true,
        rate: '0',
        seconds: 'x',
        connections: '1.5',
      },
      'adult',
      1,
    );
    expect(result).toEqual({
      errors: {
        datasetVersionId: 'Pick the dataset version to evaluate on.',
        rate: 'Give a number from 1 to 50,000.',
        seconds: 'Give a number.',
        connections: 'Give a whole number.',
      },
    });
  });

  it('ignores the load fields while the load test is off', () => {
    expect(evaluateInput({ ...DEFAULT_EVAL_FORM, rate: 'nonsense' }, 'm', 2)).toEqual({
      input: { modelName: 'm', version: 2, robustness: true },
    });
  });

  it('picks a dataset’s newest version', () => {
    expect(
      newestVersionId([
        { id: 'a', number: 1 },
        { id: 'c', number: 3 },
        { id: 'b', number: 2 },
      ]),
    ).toBe('c');
    expect(newestVersionId([])).toBe('');
  });
});
