import type { Cell } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { ColumnStore } from '../store/column-store.js';
import type { VersionManifest } from '../store/datasets-store.js';
import { cellAt } from './cells.js';
import type { Table } from './types.js';

/** Load a whole version into memory (typed arrays over the column files). */
export function loadTable(
  store: ColumnStore,
  v: Pick<VersionManifest, 'rows' | 'rowIdsBlob' | 'columns'>,
  only?: string[],
): Table {
  const wanted = only ? new Set(only) : null;
  return {
    rowCount: v.rows,
    rowIds: store.getInt32(v.rowIdsBlob),
    columns: v.columns
      .filter((c) => !wanted || wanted.has(c.name))
      .map((c) => ({ name: c.name, type: c.type, data: store.getColumn(c.blob) })),
  };
}

/** Rows [offset, offset+limit) of a version, read with positioned reads (no full load). */
export function readRows(
  store: ColumnStore,
  v: Pick<VersionManifest, 'rows' | 'rowIdsBlob' | 'columns'>,
  offset: number,
  limit: number,
  columns?: string[],
): { rowIds: number[]; columns: string[]; rows: Cell[][] } {
  const cols = columns
    ? columns.map((name) => {
        const c = v.columns.find((x) => x.name === name);
        if (!c)
          throw new AppError(
            'invalid_input',
            `No column "${name}" in this version. Columns: ${v.columns.map((x) => x.name).join(', ')}.`,
          );
        return c;
      })
    : v.columns;
  const ids = store.readRange(v.rowIdsBlob, offset, limit);
  if (ids.storage !== 'int32') throw new Error('row ids are not int32');
  const n = ids.values.length;
  const parts = cols.map((c) => {
    const data = store.readRange(c.blob, offset, limit);
    if (data.storage === 'int32' || data.storage === 'uint8')
      throw new Error(`column ${c.name} has the wrong storage`);
    return { type: c.type, data };
  });
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) rows.push(parts.map((p) => cellAt(p, i)));
  return { rowIds: Array.from(ids.values), columns: cols.map((c) => c.name), rows };
}

/** Index of a row id in a version (row ids are strictly ascending), or -1. */
export function indexOfRowId(rowIds: Int32Array, rowId: number): number {
  let lo = 0;
  let hi = rowIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = rowIds[mid] as number;
    if (v === rowId) return mid;
    if (v < rowId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
