import { describe, expect, it } from 'vitest';
import type { Table } from '../../table/types.js';
import { applyRecipe, type RecipeInput } from '../apply-recipe.js';
import { cellsOf, makeTable, schemaOf } from '../test-table.js';

const ctx = { labelOf: () => null };
const xValues = (t: Table) => {
  const d = t.columns[0]?.data;
  if (d?.storage !== 'number') throw new Error('x is numeric');
  return d.values;
};
const run = (t: Table, recipe: RecipeInput) => applyRecipe(t, schemaOf(t), recipe, ctx);

const table = makeTable([
  { name: 'x', type: 'float', values: [1, null, 3, 10, 3] },
  { name: 'n', type: 'integer', values: [1, 2, null, 4, 4] },
  { name: 'c', type: 'categorical', values: ['a', null, 'b', 'b', 'a'] },
  { name: 't', type: 'text', values: ['hi', 'yo', null, 'yo', 'hi'] },
  { name: 'd', type: 'datetime', values: ['2020-01-01', null, '2020-01-03', null, '2020-01-02'] },
  { name: 'b', type: 'boolean', values: [true, null, false, false, null] },
]);

describe('impute', () => {
  it('fills numbers with the mean, median, mode or a constant', () => {
    expect(cellsOf(run(table, [{ op: 'impute', columns: ['x'], strategy: 'mean' }]), 'x')).toEqual([
      1,
      17 / 4,
      3,
      10,
      3,
    ]);
    expect(cellsOf(run(table, [{ op: 'impute', columns: ['x'], strategy: 'median' }]), 'x')).toEqual([
      1, 3, 3, 10, 3,
    ]);
    expect(cellsOf(run(table, [{ op: 'impute', columns: ['x'], strategy: 'mode' }]), 'x')).toEqual([
      1, 3, 3, 10, 3,
    ]);
    expect(
      cellsOf(run(table, [{ op: 'impute', columns: ['x'], strategy: 'constant', value: -1 }]), 'x'),
    ).toEqual([1, -1, 3, 10, 3]);
  });

  it('keeps integer and datetime columns whole (mean 11/4 rounds to 3), and mode ties go to the first seen', () => {
    const t = run(table, [{ op: 'impute', columns: ['n', 'd', 'b'], strategy: 'mode' }]);
    expect(cellsOf(t, 'n')).toEqual([1, 2, 4, 4, 4]);
    expect(cellsOf(t, 'b')).toEqual([true, false, false, false, false]);
    // d: three distinct dates once each → the first one.
    expect(cellsOf(t, 'd')[1]).toBe('2020-01-01T00:00:00.000Z');
    expect(cellsOf(run(table, [{ op: 'impute', columns: ['n'], strategy: 'mean' }]), 'n')).toEqual([
      1, 2, 3, 4, 4,
    ]);
    const mean = run(table, [{ op: 'impute', columns: ['d'], strategy: 'mean' }]);
    expect(cellsOf(mean, 'd')).toEqual([
      '2020-01-01T00:00:00.000Z',
      '2020-01-02T00:00:00.000Z',
      '2020-01-03T00:00:00.000Z',
      '2020-01-02T00:00:00.000Z',
      '2020-01-02T00:00:00.000Z',
    ]);
  });

  it('fills categories and text by mode or constant, adding a new category when needed', () => {
    const mode = run(table, [{ op: 'impute', columns: ['c', 't'], strategy: 'mode' }]);
    expect(cellsOf(mode, 'c')).toEqual(['a', 'a', 'b', 'b', 'a']); // a and b tie at 2: a was seen first
    expect(cellsOf(mode, 't')).toEqual(['hi', 'yo', 'hi', 'yo', 'hi']);
    const constant = run(table, [{ op: 'impute', columns: ['c', 't'], strategy: 'constant', value: 'zz' }]);
    expect(cellsOf(constant, 'c')).toEqual(['a', 'zz', 'b', 'b', 'a']);
    expect(cellsOf(constant, 't')).toEqual(['hi', 'yo', 'zz', 'yo', 'hi']);
    const c = constant.columns.find((x) => x.name === 'c');
    expect(c?.data.storage === 'dict' && c.data.dictionary).toEqual(['a', 'b', 'zz']);
  });

  it('adds <column>_missing right after the column and leaves the input untouched', () => {
    const before = xValues(table).slice();
    const t = run(table, [{ op: 'impute', columns: ['x', 'c'], strategy: 'mode', addIndicator: true }]);
    expect(t.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'x:float',
      'x_missing:integer',
      'n:integer',
      'c:categorical',
      'c_missing:integer',
      't:text',
      'd:datetime',
      'b:boolean',
    ]);
    expect(cellsOf(t, 'x_missing')).toEqual([0, 1, 0, 0, 0]);
    expect(cellsOf(t, 'c_missing')).toEqual([0, 1, 0, 0, 0]);
    expect(xValues(table)).toEqual(before);
    expect(cellsOf(table, 'c')).toEqual(['a', null, 'b', 'b', 'a']);
  });

  it('says when a column has nothing to compute from', () => {
    const empty = makeTable([{ name: 'e', type: 'float', values: [null, null] }]);
    expect(() => run(empty, [{ op: 'impute', columns: ['e'], strategy: 'median' }])).toThrow(
      'step 1 (impute): column "e" has no values to compute a median from; use strategy "constant"',
    );
  });
});

describe('impute without missing values', () => {
  it('keeps the column (even an empty one) and adds an all-zero indicator', () => {
    const empty = makeTable([{ name: 'e', type: 'float', values: [] }]);
    expect(
      run(empty, [{ op: 'impute', columns: ['e'], strategy: 'mean', addIndicator: true }]).columns.map(
        (c) => c.name,
      ),
    ).toEqual(['e', 'e_missing']);
    const full = makeTable([{ name: 'f', type: 'categorical', values: ['a', 'b'] }]);
    const out = run(full, [
      { op: 'impute', columns: ['f'], strategy: 'constant', value: 'z', addIndicator: true },
    ]);
    expect(cellsOf(out, 'f')).toEqual(['a', 'b']);
    expect(cellsOf(out, 'f_missing')).toEqual([0, 0]);
  });
});
