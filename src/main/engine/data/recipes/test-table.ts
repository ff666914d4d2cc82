/**
 * Test helpers: build Tables from JS arrays, and read the bundled datasets with a naive CSV split
 * (those files have no quoted fields; `?` or an empty field is missing). Used by the data tests.
 */
import { readFileSync } from 'node:fs';
import type { Cell, ColumnRole, ColumnSchema, ColumnType } from '../../../../shared/data.js';
import { datasetsDir } from '../../test-support/datasets.js';
import { cellAt, missingCount } from '../table/cells.js';
import { type ColumnData, STORAGE_OF, type Table } from '../table/types.js';
import { parseIsoDate } from './civil-time.js';
import { parseNumber } from './parse-value.js';
import { DictBuilder, TextBuilder } from './text-builder.js';

export type CellInput = number | string | boolean | null;

export interface ColumnInput {
  name: string;
  type: ColumnType;
  values: readonly CellInput[];
}

export const DATASETS_DIR = datasetsDir();

function toNumber(type: ColumnType, v: CellInput): number {
  if (v === null) return Number.NaN;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return type === 'datetime' ? parseIsoDate(v) : parseNumber(v);
}

export function columnData(type: ColumnType, values: readonly CellInput[]): ColumnData {
  switch (STORAGE_OF[type]) {
    case 'number':
      return { storage: 'number', values: Float64Array.from(values, (v) => toNumber(type, v)) };
    case 'dict': {
      const b = new DictBuilder(values.length);
      for (const v of values) b.push(v === null ? null : String(v));
      return b.finish();
    }
    case 'text': {
      const b = new TextBuilder(values.length);
      for (const v of values) b.pushString(v === null ? null : String(v));
      return b.finish();
    }
  }
}

/** A table from columns of JS values (null = missing); row ids 0..n-1 unless given. */
export function makeTable(columns: ColumnInput[], rowIds?: readonly number[]): Table {
  const n = columns[0]?.values.length ?? 0;
  for (const c of columns)
    if (c.values.length !== n) throw new Error(`column ${c.name} has ${c.values.length} values, not ${n}`);
  return {
    rowCount: n,
    rowIds: rowIds ? Int32Array.from(rowIds) : Int32Array.from({ length: n }, (_, i) => i),
    columns: columns.map((c) => ({ name: c.name, type: c.type, data: columnData(c.type, c.values) })),
  };
}

/** A schema for a test table (blobs empty; roles default to feature, or as given). */
export function schemaOf(table: Table, roles: Record<string, ColumnRole> = {}): ColumnSchema[] {
  return table.columns.map((c) => ({
    name: c.name,
    type: c.type,
    inferredType: c.type,
    storage: c.data.storage,
    role: roles[c.name] ?? 'feature',
    blob: '',
    missing: missingCount(c.data),
    evidence: null,
  }));
}

/** Reads a bundled dataset: integer/float when every present value is a number, else categorical. */
export function readNaiveCsv(file: string, types: Record<string, ColumnType> = {}): Table {
  const text = readFileSync(file.includes('/') ? file : `${DATASETS_DIR}/${file}`, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines.shift() ?? '').split(',');
  const cells: (string | null)[][] = header.map(() => []);
  for (const line of lines) {
    const parts = line.split(',');
    for (let j = 0; j < header.length; j++) {
      const v = parts[j] ?? '';
      (cells[j] as (string | null)[]).push(v === '' || v === '?' ? null : v);
    }
  }
  return makeTable(
    header.map((name, j) => {
      const values = cells[j] as (string | null)[];
      let type = types[name];
      if (!type) {
        const present = values.filter((v): v is string => v !== null);
        const nums = present.map(parseNumber);
        type = nums.every((x) => !Number.isNaN(x))
          ? nums.every(Number.isInteger)
            ? 'integer'
            : 'float'
          : 'categorical';
      }
      return { name, type, values };
    }),
  );
}

/** A column's cells as they cross the contract (null = missing), for assertions. */
export function cellsOf(table: Table, name: string): Cell[] {
  const col = table.columns.find((c) => c.name === name);
  if (!col) throw new Error(`no column ${name}`);
  return Array.from({ length: table.rowCount }, (_, i) => cellAt(col, i));
}
