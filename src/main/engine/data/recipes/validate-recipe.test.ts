import { describe, expect, it } from 'vitest';
import type { Recipe } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { makeTable, schemaOf } from './test-table.js';
import { simulateRecipe, validateRecipe } from './validate-recipe.js';

const table = makeTable([
  { name: 'age', type: 'integer', values: [30, null, 50] },
  { name: 'workclass', type: 'categorical', values: ['Private', null, 'State-gov'] },
  { name: 'income', type: 'float', values: [1.5, 2, 3] },
  { name: 'joined', type: 'datetime', values: ['2020-01-01', null, '2021-06-01'] },
  { name: 'member', type: 'boolean', values: [true, false, null] },
  { name: 'note', type: 'text', values: ['a', 'b', null] },
]);
const columns = schemaOf(table);

function errorOf(recipe: unknown): AppError {
  try {
    validateRecipe(columns, recipe as Recipe);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected validateRecipe to throw');
}

describe('validateRecipe', () => {
  it('names the step, the op, the unknown column and the columns that exist', () => {
    const e = errorOf([
      { op: 'drop_columns', columns: ['note'] },
      { op: 'rename', from: 'income', to: 'salary' },
      { op: 'impute', columns: ['agee'], strategy: 'median' },
    ]);
    expect(e.kind).toBe('invalid_input');
    expect(e.message).toBe(
      'step 3 (impute): no column "agee" (did you mean "age"?) — columns are: age, workclass, salary, joined, member',
    );
  });

  it('follows renames, drops, indicators and casts through the steps', () => {
    const after = simulateRecipe(columns, [
      { op: 'impute', columns: ['age'], strategy: 'median', addIndicator: true },
      { op: 'rename', from: 'age', to: 'years' },
      { op: 'cast', column: 'workclass', to: 'text' },
      { op: 'clip', column: 'age_missing', min: 0, max: 1 },
      { op: 'drop_columns', columns: ['note', 'member'] },
      { op: 'apply_labels', column: 'label' },
    ]);
    expect(after.map((cols) => cols.map((c) => `${c.name}:${c.type}`).join(' '))).toEqual([
      'age:integer age_missing:integer workclass:categorical income:float joined:datetime member:boolean note:text',
      'years:integer age_missing:integer workclass:categorical income:float joined:datetime member:boolean note:text',
      'years:integer age_missing:integer workclass:text income:float joined:datetime member:boolean note:text',
      'years:integer age_missing:integer workclass:text income:float joined:datetime member:boolean note:text',
      'years:integer age_missing:integer workclass:text income:float joined:datetime',
      'years:integer age_missing:integer workclass:text income:float joined:datetime label:categorical',
    ]);
    expect(
      errorOf([
        { op: 'rename', from: 'age', to: 'years' },
        { op: 'clip', column: 'age', max: 3 },
      ]).message,
    ).toMatch(/^step 2 \(clip\): no column "age"/);
  });

  it.each([
    [
      [{ op: 'impute', columns: ['workclass'], strategy: 'mean' }],
      /step 1 \(impute\): cannot take the mean of categorical column "workclass"/,
    ],
    [
      [{ op: 'impute', columns: ['member'], strategy: 'median' }],
      /cannot take the median of boolean column "member"/,
    ],
    [[{ op: 'impute', columns: ['age'], strategy: 'constant' }], /needs a value for column "age"/],
    [[{ op: 'impute', columns: ['age'], strategy: 'constant', value: 'x' }], /must be a whole number/],
    [[{ op: 'impute', columns: ['age'], strategy: 'constant', value: 2.5 }], /must be a whole number/],
    [[{ op: 'impute', columns: ['joined'], strategy: 'constant', value: 'soon' }], /must be an ISO date/],
    [[{ op: 'impute', columns: ['age', 'age'], strategy: 'mode' }], /listed twice/],
    [
      [
        { op: 'impute', columns: ['age'], strategy: 'mode', addIndicator: true },
        { op: 'impute', columns: ['age'], strategy: 'mode', addIndicator: true },
      ],
      /step 2 \(impute\): the indicator column "age_missing" already exists/,
    ],
    [
      [{ op: 'clip', column: 'workclass', min: 0 }],
      /step 1 \(clip\): column "workclass" is categorical; only integer and float/,
    ],
    [[{ op: 'clip', column: 'age' }], /give min, max or both/],
    [[{ op: 'clip', column: 'age', min: 5, max: 1 }], /min \(5\) is above max \(1\)/],
    [[{ op: 'winsorize', column: 'note' }], /column "note" is text/],
    [[{ op: 'rename', from: 'age', to: 'income' }], /a column named "income" already exists/],
    [[{ op: 'rename', from: 'age', to: 'age' }], /already has that name/],
    [[{ op: 'cast', column: 'age', to: 'complex' }], /^step 1 \(to\): /],
    [[{ op: 'cast', column: 'joined', to: 'boolean' }], /a datetime column cannot become boolean/],
    [
      [{ op: 'drop_columns', columns: ['age', 'workclass', 'income', 'joined', 'member', 'note'] }],
      /would drop every column/,
    ],
    [[{ op: 'group_rare', column: 'note' }], /only categorical columns/],
    [
      [{ op: 'filter', where: [{ column: 'age', op: 'gt', value: 'forty' }] }],
      /step 1 \(filter\): condition on "age" \(integer\): "forty" is not a number/,
    ],
    [[{ op: 'filter', where: [{ column: 'age', op: 'in', value: 3 }] }], /in needs a list of values/],
    [[{ op: 'filter', where: [{ column: 'age', op: 'eq', value: [3] }] }], /eq needs a single value/],
    [
      [{ op: 'drop_rows', where: [{ column: 'age', op: 'contains', value: '3' }] }],
      /contains works on text and categorical/,
    ],
    [
      [{ op: 'drop_rows', where: [{ column: 'member', op: 'lt', value: true }] }],
      /does not apply to true\/false/,
    ],
    [
      [{ op: 'drop_rows', where: [{ column: 'member', op: 'eq', value: 'yes' }] }],
      /"yes" is not true or false/,
    ],
    [[{ op: 'drop_rows', where: [{ column: 'joined', op: 'lt', value: 'last year' }] }], /is not a date/],
    [[{ op: 'drop_rows', where: [{ column: 'workclass', op: 'lt', value: 3 }] }], /value must be a string/],
    [
      [{ op: 'drop_rows', where: [{ column: 'age', op: 'is_missing', value: 3 }] }],
      /is_missing takes no value/,
    ],
    [[{ op: 'drop_missing', columns: ['nope'] }], /step 1 \(drop_missing\): no column "nope"/],
    [[{ op: 'deduplicate', columns: ['nope'] }], /step 1 \(deduplicate\): no column "nope"/],
    [[], /recipe: a recipe needs at least one step/],
  ])('refuses an impossible step %#', (recipe, message) => {
    const e = errorOf(recipe);
    expect(e.kind).toBe('invalid_input');
    expect(e.message).toMatch(message);
  });

  it('accepts conditions of the right types', () => {
    expect(() =>
      validateRecipe(columns, [
        {
          op: 'filter',
          where: [
            { column: 'age', op: 'ge', value: 18 },
            { column: 'joined', op: 'lt', value: '2021-01-01T00:00:00Z' },
            { column: 'joined', op: 'gt', value: 0 },
            { column: 'member', op: 'eq', value: true },
            { column: 'workclass', op: 'in', value: ['Private', 'State-gov'] },
            { column: 'note', op: 'contains', value: 'a' },
            { column: 'income', op: 'not_missing' },
          ],
        },
      ]),
    ).not.toThrow();
  });
});
