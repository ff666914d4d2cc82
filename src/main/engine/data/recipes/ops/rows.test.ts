import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../../../shared/data.js';
import type { Table } from '../../table/types.js';
import { applyRecipe, type RecipeInput } from '../apply-recipe.js';
import { cellsOf, makeTable, schemaOf } from '../test-table.js';

const ctx = { labelOf: () => null };
const run = (t: Table, recipe: RecipeInput) => applyRecipe(t, schemaOf(t), recipe, ctx);

const table = makeTable(
  [
    { name: 'age', type: 'integer', values: [25, 40, null, 61, 40, 33] },
    { name: 'city', type: 'categorical', values: ['Oslo', 'Rome', 'Oslo', null, 'Rome', 'Lima'] },
    { name: 'note', type: 'text', values: ['big cat', null, 'small dog', 'cat', 'dog', 'big dog'] },
    {
      name: 'at',
      type: 'datetime',
      values: ['2020-01-01', '2021-01-01', '2022-01-01', null, '2021-01-01', '2019-05-05'],
    },
    { name: 'vip', type: 'boolean', values: [true, false, null, true, false, false] },
  ],
  [3, 5, 8, 9, 12, 20],
);

const ids = (t: Table) => Array.from(t.rowIds);
const keep = (...where: Condition[]) => ids(run(table, [{ op: 'filter', where }]));

describe('drop_missing', () => {
  it('drops rows missing any value, or any of the listed columns', () => {
    expect(ids(run(table, [{ op: 'drop_missing' }]))).toEqual([3, 12, 20]);
    expect(ids(run(table, [{ op: 'drop_missing', columns: ['age'] }]))).toEqual([3, 5, 9, 12, 20]);
    const t = run(table, [{ op: 'drop_missing', columns: ['city', 'note'] }]);
    expect(ids(t)).toEqual([3, 8, 12, 20]);
    expect(cellsOf(t, 'note')).toEqual(['big cat', 'small dog', 'dog', 'big dog']);
    expect(cellsOf(t, 'at')).toEqual([
      '2020-01-01T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
      '2021-01-01T00:00:00.000Z',
      '2019-05-05T00:00:00.000Z',
    ]);
  });
});

describe('filter and drop_rows', () => {
  it('compares numbers; missing values match only ne, not_in and is_missing', () => {
    expect(keep({ column: 'age', op: 'eq', value: 40 })).toEqual([5, 12]);
    expect(keep({ column: 'age', op: 'ne', value: 40 })).toEqual([3, 8, 9, 20]);
    expect(keep({ column: 'age', op: 'lt', value: 40 })).toEqual([3, 20]);
    expect(keep({ column: 'age', op: 'le', value: 40 })).toEqual([3, 5, 12, 20]);
    expect(keep({ column: 'age', op: 'gt', value: 40 })).toEqual([9]);
    expect(keep({ column: 'age', op: 'ge', value: 40 })).toEqual([5, 9, 12]);
    expect(keep({ column: 'age', op: 'in', value: [25, 61] })).toEqual([3, 9]);
    expect(keep({ column: 'age', op: 'not_in', value: [25, 61] })).toEqual([5, 8, 12, 20]);
    expect(keep({ column: 'age', op: 'is_missing' })).toEqual([8]);
    expect(keep({ column: 'age', op: 'not_missing' })).toEqual([3, 5, 9, 12, 20]);
  });

  it('compares categories and text as strings, with contains', () => {
    expect(keep({ column: 'city', op: 'eq', value: 'Oslo' })).toEqual([3, 8]);
    expect(keep({ column: 'city', op: 'ne', value: 'Oslo' })).toEqual([5, 9, 12, 20]);
    expect(keep({ column: 'city', op: 'lt', value: 'Oslo' })).toEqual([20]);
    expect(keep({ column: 'city', op: 'not_in', value: ['Oslo', 'Lima'] })).toEqual([5, 9, 12]);
    expect(keep({ column: 'city', op: 'is_missing' })).toEqual([9]);
    expect(keep({ column: 'note', op: 'contains', value: 'cat' })).toEqual([3, 9]);
    expect(keep({ column: 'note', op: 'eq', value: 'dog' })).toEqual([12]);
    expect(keep({ column: 'note', op: 'ge', value: 'cat' })).toEqual([8, 9, 12]);
  });

  it('compares datetimes with ISO strings or epoch ms, and booleans', () => {
    expect(keep({ column: 'at', op: 'lt', value: '2021-01-01' })).toEqual([3, 20]);
    expect(keep({ column: 'at', op: 'eq', value: Date.UTC(2021, 0, 1) })).toEqual([5, 12]);
    expect(keep({ column: 'at', op: 'ge', value: '2021-01-01T01:00:00+02:00' })).toEqual([5, 8, 12]);
    expect(keep({ column: 'vip', op: 'eq', value: true })).toEqual([3, 9]);
    expect(keep({ column: 'vip', op: 'ne', value: true })).toEqual([5, 8, 12, 20]);
  });

  it('needs every condition; drop_rows removes exactly what filter keeps', () => {
    const where: Condition[] = [
      { column: 'city', op: 'eq', value: 'Rome' },
      { column: 'age', op: 'ge', value: 40 },
      { column: 'note', op: 'not_missing' },
    ];
    expect(keep(...where)).toEqual([12]);
    const dropped = run(table, [{ op: 'drop_rows', where }]);
    expect(ids(dropped)).toEqual([3, 5, 8, 9, 20]);
    expect(cellsOf(dropped, 'age')).toEqual([25, 40, null, 61, 33]);
  });

  it('compacts dictionaries to the categories that remain', () => {
    const t = run(table, [{ op: 'filter', where: [{ column: 'city', op: 'ne', value: 'Rome' }] }]);
    const city = t.columns.find((c) => c.name === 'city');
    expect(city?.data.storage === 'dict' && city.data.dictionary).toEqual(['Oslo', 'Lima']);
    expect(cellsOf(t, 'city')).toEqual(['Oslo', 'Oslo', null, 'Lima']);
  });
});

describe('deduplicate', () => {
  const dup = makeTable([
    { name: 'a', type: 'float', values: [1, 1, null, null, 0, -0, 1] },
    { name: 'b', type: 'categorical', values: ['x', 'x', 'y', 'y', 'z', 'z', 'w'] },
    { name: 's', type: 'text', values: ['p', 'p', null, null, '', '', 'p'] },
  ]);
  it('keeps the first of each repeated row, comparing missing with missing', () => {
    expect(ids(run(dup, [{ op: 'deduplicate' }]))).toEqual([0, 2, 4, 6]);
  });
  it('compares only the listed columns', () => {
    expect(ids(run(dup, [{ op: 'deduplicate', columns: ['a'] }]))).toEqual([0, 2, 4]);
    expect(ids(run(dup, [{ op: 'deduplicate', columns: ['s'] }]))).toEqual([0, 2, 4]);
  });
  it('tells empty text from missing text', () => {
    const t = makeTable([{ name: 's', type: 'text', values: ['', null, '', null] }]);
    expect(ids(run(t, [{ op: 'deduplicate' }]))).toEqual([0, 1]);
  });
});
