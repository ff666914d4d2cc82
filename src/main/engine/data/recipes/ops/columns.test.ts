import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../../../../../shared/data.js';
import { STORAGE_OF, type Table } from '../../table/types.js';
import { applyRecipe, type RecipeContext, type RecipeInput } from '../apply-recipe.js';
import { cellsOf, makeTable, schemaOf } from '../test-table.js';

const ctx: RecipeContext = { labelOf: () => null };
const run = (t: Table, recipe: RecipeInput, c: RecipeContext = ctx) => applyRecipe(t, schemaOf(t), recipe, c);

describe('clip and winsorize', () => {
  it('clips to the bounds, leaving missing values missing', () => {
    const t = makeTable([{ name: 'v', type: 'float', values: [-5, 0, 5, 10, null] }]);
    expect(cellsOf(run(t, [{ op: 'clip', column: 'v', min: 0, max: 6 }]), 'v')).toEqual([0, 0, 5, 6, null]);
    expect(cellsOf(run(t, [{ op: 'clip', column: 'v', max: 1 }]), 'v')).toEqual([-5, 0, 1, 1, null]);
  });
  it('moves bounds inwards to whole numbers on integer columns', () => {
    const t = makeTable([{ name: 'v', type: 'integer', values: [1, 2, 3, 4, 5] }]);
    expect(cellsOf(run(t, [{ op: 'clip', column: 'v', min: 1.5, max: 4.5 }]), 'v')).toEqual([2, 2, 3, 4, 4]);
  });
  it('winsorizes to the interpolated quantiles of the column', () => {
    // 1..100: p5 = 1 + 0.05*99 = 5.95, p95 = 1 + 0.95*99 = 95.05
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const t = run(makeTable([{ name: 'v', type: 'float', values }]), [
      { op: 'winsorize', column: 'v', lower: 0.05, upper: 0.95 },
    ]);
    const out = cellsOf(t, 'v') as number[];
    expect(Math.min(...out)).toBeCloseTo(5.95, 12);
    expect(Math.max(...out)).toBeCloseTo(95.05, 12);
    expect(out.slice(5, 95)).toEqual(values.slice(5, 95));
    expect(out.filter((v) => v === out[0]).length).toBe(5);
  });
});

describe('cast', () => {
  const t = makeTable([
    { name: 'f', type: 'float', values: [1.5, -2.5, 3, null, 0] },
    { name: 's', type: 'text', values: ['12', ' 7.25 ', 'abc', null, '1e3'] },
    { name: 'c', type: 'categorical', values: ['yes', 'no', 'maybe', null, 'TRUE'] },
    {
      name: 'iso',
      type: 'text',
      values: ['2024-03-01', '2024-03-01T10:20:30Z', '2024-03-01T12:00:00+02:00', 'March 1', null],
    },
  ]);
  const cast = (column: string, to: ColumnType) => {
    const out = run(t, [{ op: 'cast', column, to }]);
    const col = out.columns.find((x) => x.name === column);
    expect(col?.type).toBe(to);
    expect(col?.data.storage).toBe(STORAGE_OF[col?.type ?? 'float']);
    return cellsOf(out, column);
  };
  it('rounds floats to integers (halves away from zero)', () => {
    expect(cast('f', 'integer')).toEqual([2, -3, 3, null, 0]);
  });
  it('parses text as numbers; what does not parse becomes missing', () => {
    expect(cast('s', 'float')).toEqual([12, 7.25, null, null, 1000]);
    expect(cast('s', 'integer')).toEqual([12, 7, null, null, 1000]);
  });
  it('reads booleans from words and 0/1', () => {
    expect(cast('c', 'boolean')).toEqual([true, false, null, null, true]);
    expect(cast('f', 'boolean')).toEqual([null, null, null, null, false]);
  });
  it('reads ISO dates (no offset = UTC)', () => {
    expect(cast('iso', 'datetime')).toEqual([
      '2024-03-01T00:00:00.000Z',
      '2024-03-01T10:20:30.000Z',
      '2024-03-01T10:00:00.000Z',
      null,
      null,
    ]);
  });
  it('turns numbers into categories and text, and categories into text', () => {
    expect(cast('f', 'categorical')).toEqual(['1.5', '-2.5', '3', null, '0']);
    expect(cast('f', 'text')).toEqual(['1.5', '-2.5', '3', null, '0']);
    expect(cast('c', 'text')).toEqual(['yes', 'no', 'maybe', null, 'TRUE']);
    expect(cast('s', 'categorical')).toEqual(['12', ' 7.25 ', 'abc', null, '1e3']);
    expect(cast('s', 'identifier')).toEqual(['12', ' 7.25 ', 'abc', null, '1e3']);
  });
  it('writes datetimes and booleans as text the way export shows them', () => {
    const d = makeTable([
      { name: 'd', type: 'datetime', values: ['2024-03-01T10:00:00Z', null] },
      { name: 'b', type: 'boolean', values: [false, true] },
    ]);
    const out = run(d, [
      { op: 'cast', column: 'd', to: 'categorical' },
      { op: 'cast', column: 'b', to: 'text' },
    ]);
    expect(cellsOf(out, 'd')).toEqual(['2024-03-01T10:00:00.000Z', null]);
    expect(cellsOf(out, 'b')).toEqual(['false', 'true']);
    expect(cellsOf(run(d, [{ op: 'cast', column: 'd', to: 'integer' }]), 'd')).toEqual([
      Date.UTC(2024, 2, 1, 10),
      null,
    ]);
  });
});

describe('rename, group_rare, apply_labels', () => {
  it('renames a column in place', () => {
    const t = makeTable([
      { name: 'a', type: 'integer', values: [1] },
      { name: 'b', type: 'integer', values: [2] },
    ]);
    const out = run(t, [{ op: 'rename', from: 'a', to: 'z' }]);
    expect(out.columns.map((c) => c.name)).toEqual(['z', 'b']);
    expect(cellsOf(out, 'z')).toEqual([1]);
  });

  it('merges categories under minShare of the present values into other', () => {
    const values = [
      ...Array(50).fill('a'),
      ...Array(45).fill('b'),
      ...Array(3).fill('c'),
      ...Array(2).fill('d'),
      null,
    ];
    const t = makeTable([{ name: 'k', type: 'categorical', values }]);
    const out = run(t, [{ op: 'group_rare', column: 'k', minShare: 0.04, other: 'rest' }]);
    const k = out.columns[0];
    expect(k?.data.storage === 'dict' && k.data.dictionary).toEqual(['a', 'b', 'rest']);
    const cells = cellsOf(out, 'k');
    expect(cells.filter((v) => v === 'rest').length).toBe(5);
    expect(cells[100]).toBeNull();
    // With minShare 0.03 only d (2 of 100) is rare; c (3 of 100) stays. Merging into an existing category:
    const out2 = run(t, [{ op: 'group_rare', column: 'k', minShare: 0.03, other: 'a' }]);
    expect(cellsOf(out2, 'k').filter((v) => v === 'a').length).toBe(52);
  });

  it('writes labels into a new categorical column, or over an existing one', () => {
    const t = makeTable(
      [
        { name: 'x', type: 'integer', values: [1, 2, 3, 4] },
        { name: 'y', type: 'integer', values: [0, 1, null, 1] },
      ],
      [10, 11, 15, 20],
    );
    const labels = new Map([
      [11, 'cat'],
      [20, 'dog'],
    ]);
    const lctx: RecipeContext = { labelOf: (id) => labels.get(id) ?? null };
    const fresh = run(t, [{ op: 'apply_labels', column: 'label' }], lctx);
    expect(fresh.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'x:integer',
      'y:integer',
      'label:categorical',
    ]);
    expect(cellsOf(fresh, 'label')).toEqual([null, 'cat', null, 'dog']);
    const over = run(t, [{ op: 'apply_labels', column: 'y' }], lctx);
    expect(over.columns.map((c) => `${c.name}:${c.type}`)).toEqual(['x:integer', 'y:categorical']);
    expect(cellsOf(over, 'y')).toEqual(['0', 'cat', null, 'dog']);
  });
});
