/** Test support: deterministic fake predictors over a table's raw cells, and a small mixed table. */
import type { Cell } from '../../../../shared/data.js';
import { cellAt } from '../../data/table/cells.js';
import type { Table } from '../../data/table/types.js';
import { buildTable } from '../../test-support/build-table.js';
import type { Predictor, RobustFeature } from './types.js';

/** Reads one raw cell of the current row by column name. */
export type CellOf = (column: string) => Cell;

/** A binary model whose P(class 1) per row is `p1` of the row's raw cells; records every call. */
export function fakeBinary(p1: (cell: CellOf) => number): Predictor & { calls: Table[] } {
  const calls: Table[] = [];
  const predict = async (table: Table, rows: Int32Array) => {
    calls.push(table);
    const byName = new Map(table.columns.map((c) => [c.name, c]));
    const values = new Float32Array(rows.length * 2);
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as number;
      const p = p1((name) => {
        const col = byName.get(name);
        if (!col) throw new Error(`no column ${name}`);
        return cellAt(col, r);
      });
      values[2 * j] = 1 - p;
      values[2 * j + 1] = p;
    }
    return { values, width: 2 };
  };
  return Object.assign(predict, { calls });
}

/** A regression model predicting `f` of the row's raw cells. */
export function fakeRegression(f: (cell: CellOf) => number): Predictor {
  return async (table: Table, rows: Int32Array) => {
    const byName = new Map(table.columns.map((c) => [c.name, c]));
    const values = new Float32Array(rows.length);
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as number;
      values[j] = f((name) => cellAt(byName.get(name) as Parameters<typeof cellAt>[0], r));
    }
    return { values, width: 1 };
  };
}

export const MIXED_ROWS = 200;

/** a_i: 200 distinct values in [-9.95, 9.95] (half positive). */
export const aOf = (i: number) => (((i * 37) % MIXED_ROWS) - 99.5) / 10;
/** c_i: x 55 %, y 30 %, z 10 %, missing 5 %. */
export const cOf = (i: number): string | null =>
  i % 20 === 13 ? null : i % 10 < 6 ? 'x' : i % 10 < 9 ? 'y' : 'z';

/**
 * 200 rows: a (float, no missing), b (float, every 10th missing), c (categorical, see cOf),
 * flag (boolean), note (text, every 7th missing), and a target column y that is no feature.
 */
export function mixedTable(): Table {
  const idx = Array.from({ length: MIXED_ROWS }, (_, i) => i);
  return buildTable([
    { name: 'a', type: 'float', values: idx.map(aOf) },
    { name: 'b', type: 'float', values: idx.map((i) => (i % 10 === 4 ? null : ((i * 53) % 200) / 20)) },
    { name: 'c', type: 'categorical', values: idx.map(cOf) },
    { name: 'flag', type: 'boolean', values: idx.map((i) => i % 3 === 0) },
    { name: 'note', type: 'text', values: idx.map((i) => (i % 7 === 0 ? null : `note ${i % 4}`)) },
    { name: 'y', type: 'integer', values: idx.map((i) => (aOf(i) > 0 ? 1 : 0)) },
  ]);
}

export const MIXED_FEATURES: RobustFeature[] = [
  { name: 'a', kind: 'numeric' },
  { name: 'b', kind: 'numeric' },
  { name: 'c', kind: 'categorical' },
  { name: 'flag', kind: 'boolean' },
  { name: 'note', kind: 'other' },
];
