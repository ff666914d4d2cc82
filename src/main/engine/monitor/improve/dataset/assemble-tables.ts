/**
 * The two tables of the job. Training: the base rows unchanged (same row ids, same split part),
 * then each production row once (ids continuing from `firstRowId`, oldest first), then the copies
 * of the train-assigned ones. Recent: the held-out production rows only, with the ids they have in
 * the training table, so a row is the same row in both.
 */
import type { Table } from '../../../data/table/types.js';
import { appendColumn } from './append-column.js';
import { heldOutRowsOf, repeatedRowsOf } from './production-split.js';
import type { ProductionValues } from './production-values.js';

export interface AssembleArgs {
  base: Table;
  /** Base split assignment, one entry per base row. */
  baseSplit: Uint8Array;
  /** Production values per base column, by name (every base column has an entry). */
  production: ReadonlyMap<string, ProductionValues>;
  /** Split part of each production row. */
  assignment: Uint8Array;
  recencyWeight: number;
  firstRowId: number;
  /** Fewer held-out rows than this: no recent table. */
  minRecentRows: number;
  throwIfCancelled: () => void;
}

export interface Assembled {
  training: Table;
  split: Uint8Array;
  recent: Table | null;
  heldOutRows: number;
  repeatedRows: number;
}

export function assembleTables(a: AssembleArgs): Assembled {
  const p = a.assignment.length;
  const repeats = repeatedRowsOf(a.assignment, a.recencyWeight);
  const heldOut = heldOutRowsOf(a.assignment);
  const order = new Int32Array(p + repeats.length);
  for (let i = 0; i < p; i++) order[i] = i;
  order.set(repeats, p);

  const n0 = a.base.rowCount;
  const rowIds = new Int32Array(n0 + order.length);
  rowIds.set(a.base.rowIds);
  for (let k = 0; k < order.length; k++) rowIds[n0 + k] = a.firstRowId + k;

  const split = new Uint8Array(n0 + order.length);
  split.set(a.baseSplit);
  // Production rows in their part; the copies (all of train rows) are train, which is 0 already.
  split.set(a.assignment, n0);

  const training: Table = { rowCount: rowIds.length, rowIds, columns: [] };
  const recent: Table | null =
    heldOut.length >= a.minRecentRows
      ? { rowCount: heldOut.length, rowIds: Int32Array.from(heldOut, (i) => a.firstRowId + i), columns: [] }
      : null;
  for (const col of a.base.columns) {
    a.throwIfCancelled();
    const extra = a.production.get(col.name);
    if (!extra) throw new Error(`no production values for column ${col.name}`);
    training.columns.push({
      name: col.name,
      type: col.type,
      data: appendColumn(col.data, extra, { keepBase: true, order }),
    });
    recent?.columns.push({
      name: col.name,
      type: col.type,
      data: appendColumn(col.data, extra, { keepBase: false, order: heldOut }),
    });
  }
  return { training, split, recent, heldOutRows: heldOut.length, repeatedRows: repeats.length };
}
