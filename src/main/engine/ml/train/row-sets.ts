/**
 * Which rows train, validate and test: the split's parts (or every row of a separate test table),
 * without rows whose target is missing or a class the train rows never had.
 */
import type { FeaturePipeline } from '../../../../shared/data.js';
import { transformTable } from '../../data/pipeline/transform.js';
import type { Table } from '../../data/table/types.js';
import type { TrainData } from './train-types.js';

export interface RowSet {
  table: Table;
  rows: Int32Array;
  /** Class index or standardised value per row of `rows`. */
  targets: Float32Array;
  /** Rows of the part left out for a missing or unknown target. */
  dropped: number;
}

export interface RowSets {
  train: RowSet;
  validation: RowSet;
  /** Null when there are no test rows. */
  test: RowSet | null;
}

function rowsWhere(assignment: Uint8Array, part: number): Int32Array {
  let n = 0;
  for (let i = 0; i < assignment.length; i++) if (assignment[i] === part) n++;
  const rows = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < assignment.length; i++) if (assignment[i] === part) rows[k++] = i;
  return rows;
}

/** The target of each row, through the pipeline's target step only (no feature is transformed). */
export function targetsOf(pipeline: FeaturePipeline, table: Table, rows: Int32Array): Float32Array {
  const targetOnly: FeaturePipeline = { ...pipeline, features: [], denseWidth: 0, denseNames: [] };
  const t = transformTable(targetOnly, table, rows).target;
  if (!t) {
    const name = pipeline.target?.column ?? '(none)';
    throw new Error(`the table has no target column "${name}"`);
  }
  return t;
}

function rowSet(pipeline: FeaturePipeline, table: Table, all: Int32Array): RowSet {
  const t = targetsOf(pipeline, table, all);
  let n = 0;
  for (let j = 0; j < t.length; j++) if (!Number.isNaN(t[j] as number)) n++;
  const rows = new Int32Array(n);
  const targets = new Float32Array(n);
  let k = 0;
  for (let j = 0; j < t.length; j++) {
    const v = t[j] as number;
    if (Number.isNaN(v)) continue;
    rows[k] = all[j] as number;
    targets[k++] = v;
  }
  return { table, rows, targets, dropped: all.length - n };
}

export function rowSets(pipeline: FeaturePipeline, data: TrainData): RowSets {
  const { table, assignment } = data;
  if (assignment.length !== table.rowCount)
    throw new Error(`the split has ${assignment.length} rows but the table ${table.rowCount}`);
  const train = rowSet(pipeline, table, rowsWhere(assignment, 0));
  const validation = rowSet(pipeline, table, rowsWhere(assignment, 1));
  let test: RowSet | null;
  if (data.testTable) {
    const all = Int32Array.from({ length: data.testTable.rowCount }, (_, i) => i);
    test = rowSet(pipeline, data.testTable, all);
  } else test = rowSet(pipeline, table, rowsWhere(assignment, 2));
  if (test.rows.length === 0) test = null;
  return { train, validation, test };
}
