import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { ColumnData, Table } from '../table/types.js';
import { applyRecipe, type RecipeInput } from './apply-recipe.js';
import { cellsOf, DATASETS_DIR, readNaiveCsv, schemaOf } from './test-table.js';

const adult = readNaiveCsv('adult_train.csv');
const lines = readFileSync(`${DATASETS_DIR}/adult_train.csv`, 'utf8').trim().split('\n').slice(1);
const ctx = { labelOf: () => null };

function arraysOf(d: ColumnData): ArrayLike<number>[] {
  if (d.storage === 'number') return [d.values];
  if (d.storage === 'dict') return [d.codes];
  return [d.bytes, d.offsets, d.missing];
}

function snapshot(t: Table): string[] {
  return [Buffer.from(t.rowIds.buffer, t.rowIds.byteOffset, t.rowIds.byteLength).toString('base64')].concat(
    t.columns.flatMap((c) => [
      `${c.name}:${c.type}:${c.data.storage === 'dict' ? c.data.dictionary.join('|') : ''}`,
      ...arraysOf(c.data).map((a) => {
        const v = a as unknown as ArrayBufferView;
        return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
      }),
    ]),
  );
}

const recipe: RecipeInput = [
  { op: 'filter', where: [{ column: 'age', op: 'ge', value: 20 }] },
  { op: 'impute', columns: ['workclass', 'occupation'], strategy: 'mode', addIndicator: true },
  { op: 'drop_missing', columns: ['native-country'] },
  { op: 'winsorize', column: 'capital-gain', lower: 0, upper: 0.99 },
  { op: 'group_rare', column: 'native-country', minShare: 0.01, other: 'other' },
  { op: 'cast', column: 'education-num', to: 'float' },
  { op: 'deduplicate' },
  { op: 'rename', from: 'income', to: 'target' },
  { op: 'drop_columns', columns: ['fnlwgt'] },
];

describe('applyRecipe on Adult', () => {
  it('drops the 2,399 rows with a missing value (30,162 remain, as adult.names says)', () => {
    const out = applyRecipe(adult, schemaOf(adult), [{ op: 'drop_missing' }], ctx);
    expect(out.rowCount).toBe(30_162);
    const expectedIds = lines.flatMap((l, i) => (l.includes('?') ? [] : [i]));
    expect(Array.from(out.rowIds)).toEqual(expectedIds);
  });

  it('drops the 24 repeated rows, keeping the first of each', () => {
    const seen = new Set<string>();
    const firsts: number[] = [];
    lines.forEach((l, i) => {
      if (!seen.has(l)) firsts.push(i);
      seen.add(l);
    });
    const out = applyRecipe(adult, schemaOf(adult), [{ op: 'deduplicate' }], ctx);
    expect(out.rowCount).toBe(32_537);
    expect(Array.from(out.rowIds)).toEqual(firsts);
  });

  it('filters with several conditions like a line-by-line check does', () => {
    const expected = lines.flatMap((l, i) => {
      const f = l.split(',');
      return Number(f[0]) >= 60 && f[14] === '>50K' && f[1] !== 'Private' ? [i] : [];
    });
    const out = applyRecipe(
      adult,
      schemaOf(adult),
      [
        {
          op: 'filter',
          where: [
            { column: 'age', op: 'ge', value: 60 },
            { column: 'income', op: 'eq', value: '>50K' },
            { column: 'workclass', op: 'ne', value: 'Private' },
          ],
        },
      ],
      ctx,
    );
    expect(Array.from(out.rowIds)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
  });

  it('gives byte-identical output twice, never writes its input, and keeps row ids ascending', () => {
    const before = snapshot(adult);
    const a = applyRecipe(adult, schemaOf(adult), recipe, ctx);
    const b = applyRecipe(adult, schemaOf(adult), recipe, ctx);
    expect(snapshot(adult)).toEqual(before);
    expect(snapshot(a)).toEqual(snapshot(b));
    for (let i = 1; i < a.rowCount; i++)
      expect(a.rowIds[i] as number).toBeGreaterThan(a.rowIds[i - 1] as number);
    expect(a.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'age:integer',
      'workclass:categorical',
      'workclass_missing:integer',
      'education:categorical',
      'education-num:float',
      'marital-status:categorical',
      'occupation:categorical',
      'occupation_missing:integer',
      'relationship:categorical',
      'race:categorical',
      'sex:categorical',
      'capital-gain:integer',
      'capital-loss:integer',
      'hours-per-week:integer',
      'native-country:categorical',
      'target:categorical',
    ]);
    expect(cellsOf(a, 'workclass').includes(null)).toBe(false);
    expect(Math.min(...(cellsOf(a, 'age') as number[]))).toBe(20);
  });

  it('reports progress per step and stops when cancelled', () => {
    const seen: string[] = [];
    applyRecipe(adult, schemaOf(adult), recipe.slice(0, 2), {
      ...ctx,
      progress: (f, m) => seen.push(`${f}:${m}`),
    });
    expect(seen).toEqual(['0:step 1 of 2: filter', '0.5:step 2 of 2: impute', '1:2 steps applied']);

    const ac = new AbortController();
    let err: unknown;
    try {
      applyRecipe(adult, schemaOf(adult), recipe, {
        ...ctx,
        signal: ac.signal,
        progress: (f) => {
          if (f > 0) ac.abort();
        },
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).kind).toBe('cancelled');
  });

  it('validates before running', () => {
    expect(() =>
      applyRecipe(adult, schemaOf(adult), [{ op: 'clip', column: 'workclass', max: 3 }], ctx),
    ).toThrow(/step 1 \(clip\): column "workclass" is categorical/);
  });
});
