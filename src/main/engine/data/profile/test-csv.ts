/**
 * Test helper: a naive reader for the small real CSVs in resources/datasets (no quoted
 * fields there): split on '\n' and ','; '?' and '' are missing. Types: all-integer columns are
 * integer, other all-numeric ones float, the rest categorical, unless `types` says otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnType, TaskType } from '../../../../shared/data.js';
import { datasetsDir } from '../../test-support/datasets.js';
import type { Table } from '../table/types.js';
import type { ProfileMeta } from './profile.js';
import { makeMeta, makeTable, type TestCell } from './test-table.js';

export const DATASETS_DIR = datasetsDir();

export interface CsvOptions {
  types?: Record<string, ColumnType>;
  target?: string;
  task?: TaskType;
}

function inferType(values: (string | null)[]): ColumnType {
  let allNumeric = true;
  let allInteger = true;
  for (const v of values) {
    if (v === null) continue;
    const x = Number(v);
    if (!Number.isFinite(x)) {
      allNumeric = false;
      break;
    }
    if (!Number.isInteger(x)) allInteger = false;
  }
  return allNumeric ? (allInteger ? 'integer' : 'float') : 'categorical';
}

export function readCsv(file: string, opts: CsvOptions = {}): { table: Table; meta: ProfileMeta } {
  const text = readFileSync(join(DATASETS_DIR, file), 'utf8');
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split(',');
  const raw: (string | null)[][] = header.map(() => []);
  for (let r = 1; r < lines.length; r++) {
    const cells = (lines[r] ?? '').split(',');
    for (let c = 0; c < header.length; c++) {
      const v = cells[c] ?? '';
      raw[c]?.push(v === '?' || v === '' ? null : v);
    }
  }
  const table = makeTable(
    header.map((name, c) => {
      const values = raw[c] ?? [];
      const type = opts.types?.[name] ?? inferType(values);
      const numeric = type === 'integer' || type === 'float';
      const cells: TestCell[] = numeric ? values.map((v) => (v === null ? null : Number(v))) : values;
      return { name, type, values: cells };
    }),
  );
  return {
    table,
    meta: makeMeta(table, { versionId: file, target: opts.target ?? null, task: opts.task ?? null }),
  };
}
