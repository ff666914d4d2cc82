/**
 * Test helpers: build a Table (and the ProfileMeta that goes with it) from plain JS arrays, so
 * profile and quality tests do not depend on the importer.
 */
import type {
  ColumnRole,
  ColumnSchema,
  ColumnType,
  InferenceEvidence,
  TaskType,
} from '../../../../shared/data.js';
import { missingCount } from '../table/cells.js';
import { type ColumnData, STORAGE_OF, type Table, type TableColumn } from '../table/types.js';
import type { ProfileMeta } from './profile.js';

export type TestCell = number | string | boolean | null;

export interface TestColumn {
  name: string;
  type: ColumnType;
  values: readonly TestCell[];
}

function toNumber(type: ColumnType, v: TestCell): number {
  if (v === null) return Number.NaN;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (type === 'datetime') return Date.parse(v);
  if (type === 'boolean') return v === 'true' ? 1 : 0;
  return Number(v);
}

export function columnData(type: ColumnType, values: readonly TestCell[]): ColumnData {
  const storage = STORAGE_OF[type];
  if (storage === 'number') return { storage, values: Float64Array.from(values, (v) => toNumber(type, v)) };
  if (storage === 'dict') {
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    const codes = Int32Array.from(values, (v) => {
      if (v === null) return -1;
      const s = String(v);
      let c = index.get(s);
      if (c === undefined) {
        c = dictionary.length;
        index.set(s, c);
        dictionary.push(s);
      }
      return c;
    });
    return { storage, codes, dictionary };
  }
  const enc = new TextEncoder();
  const parts = values.map((v) => (v === null ? new Uint8Array(0) : enc.encode(String(v))));
  const offsets = new Uint32Array(values.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = (offsets[i] as number) + (parts[i]?.length ?? 0);
  const bytes = new Uint8Array(offsets[values.length] as number);
  parts.forEach((p, i) => {
    bytes.set(p, offsets[i] as number);
  });
  return { storage, bytes, offsets, missing: Uint8Array.from(values, (v) => (v === null ? 1 : 0)) };
}

/** A Table from columns of plain values (null = missing); all columns must have the same length. */
export function makeTable(columns: TestColumn[]): Table {
  const rowCount = columns[0]?.values.length ?? 0;
  for (const c of columns) {
    if (c.values.length !== rowCount)
      throw new Error(`column ${c.name} has ${c.values.length} values, expected ${rowCount}`);
  }
  const tableColumns: TableColumn[] = columns.map((c) => ({
    name: c.name,
    type: c.type,
    data: columnData(c.type, c.values),
  }));
  return { rowCount, rowIds: Int32Array.from({ length: rowCount }, (_, i) => i), columns: tableColumns };
}

export interface MetaOptions {
  versionId?: string;
  target?: string | null;
  task?: TaskType | null;
  /** Roles other than feature (the target gets 'target' automatically). */
  roles?: Record<string, ColumnRole>;
  evidence?: Record<string, InferenceEvidence>;
}

/** The ProfileMeta (schema with roles) for a test table. */
export function makeMeta(table: Table, opts: MetaOptions = {}): ProfileMeta {
  const target = opts.target ?? null;
  const columns: ColumnSchema[] = table.columns.map((c) => ({
    name: c.name,
    type: c.type,
    inferredType: c.type,
    storage: STORAGE_OF[c.type],
    role: c.name === target ? 'target' : (opts.roles?.[c.name] ?? 'feature'),
    blob: '',
    missing: missingCount(c.data),
    evidence: opts.evidence?.[c.name] ?? null,
  }));
  return { versionId: opts.versionId ?? 'v-test', columns, target, task: opts.task ?? null };
}
