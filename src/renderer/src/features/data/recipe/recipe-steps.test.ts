import { describe, expect, it } from 'vitest';
import type { RecipeStep } from '../../../../../shared/data';
import { RECIPE_OPS } from '../lib/column-types';
import { columnsBefore, defaultStep, OP_LABEL, stepSummary } from './recipe-steps';

describe('recipe steps', () => {
  it('has a label and a default for every op', () => {
    for (const op of RECIPE_OPS) {
      expect(OP_LABEL[op]).toBeTruthy();
      expect(defaultStep(op, ['age', 'workclass']).op).toBe(op);
    }
    expect(defaultStep('impute', ['workclass'])).toEqual({
      op: 'impute',
      columns: ['workclass'],
      strategy: 'mode',
      addIndicator: false,
    });
  });

  it('summarises steps in one line', () => {
    const steps: RecipeStep[] = [
      { op: 'impute', columns: ['workclass'], strategy: 'mode', addIndicator: false },
      { op: 'deduplicate' },
      { op: 'filter', where: [{ column: 'age', op: 'ge', value: 18 }] },
      { op: 'drop_rows', where: [{ column: 'race', op: 'in', value: ['A', 'B'] }] },
      { op: 'clip', column: 'age', max: 90 },
      { op: 'group_rare', column: 'native-country', minShare: 0.005, other: '(other)' },
    ];
    expect(steps.map(stepSummary)).toEqual([
      'impute workclass with mode',
      'drop duplicate rows (comparing all columns)',
      'keep rows where age ≥ 18',
      'drop rows where race is one of {A, B}',
      'clip age to [−∞, 90]',
      'group native-country categories under 0.5 % into “(other)”',
    ]);
  });

  it('offers the columns earlier steps leave', () => {
    const steps: RecipeStep[] = [
      { op: 'rename', from: 'sex', to: 'gender' },
      { op: 'drop_columns', columns: ['fnlwgt'] },
      { op: 'impute', columns: ['age'], strategy: 'median', addIndicator: true },
      { op: 'apply_labels', column: 'label' },
    ];
    const schema = ['age', 'sex', 'fnlwgt'];
    expect(columnsBefore(schema, steps, 0)).toEqual(['age', 'sex', 'fnlwgt']);
    expect(columnsBefore(schema, steps, 2)).toEqual(['age', 'gender']);
    expect(columnsBefore(schema, steps, 4)).toEqual(['age', 'gender', 'age_missing', 'label']);
  });
});
