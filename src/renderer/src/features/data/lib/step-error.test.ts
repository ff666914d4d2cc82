import { describe, expect, it } from 'vitest';
import { parseStepError } from './step-error';

describe('parseStepError', () => {
  it('reads the step number the recipe checks name', () => {
    expect(parseStepError('step 2 (impute): no column "agee" (did you mean "age"?)')).toEqual({
      step: 2,
      message: 'no column "agee" (did you mean "age"?)',
    });
    expect(parseStepError('step 13 (where.0.value): expected number')).toEqual({
      step: 13,
      message: 'expected number',
    });
  });
  it('reads the 0-based step index of the contract’s input check', () => {
    expect(
      parseStepError(
        'Invalid input for data.applyRecipe: recipe.1.to: Too small: expected string to have >=1 characters',
      ),
    ).toEqual({ step: 2, message: 'to: Too small: expected string to have >=1 characters' });
    expect(parseStepError('Invalid input for data.applyRecipe: recipe.0: Invalid input; note: x')).toEqual({
      step: 1,
      message: 'Invalid input',
    });
  });
  it('keeps other messages whole', () => {
    expect(
      parseStepError('Invalid input for data.applyRecipe: recipe: a recipe needs at least one step'),
    ).toEqual({
      step: null,
      message: 'Invalid input for data.applyRecipe: recipe: a recipe needs at least one step',
    });
  });
});
