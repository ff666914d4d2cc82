import {
  type ColumnSchema,
  type FeaturePipeline,
  type FittedFeature,
  PipelineOptions,
  type TaskType,
} from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Table, TableColumn } from '../table/types.js';
import { textReader } from './column-text.js';
import { fitBoolean, fitCategorical, fitDatetime, fitNumeric, fitText } from './fit-features.js';
import { fitTarget } from './fit-target.js';
import { featureOffsets, featureSlotNames } from './layout.js';

export interface PipelineMeta {
  versionId: string;
  columns: ColumnSchema[];
  target: string | null;
  task: TaskType | null;
}

/** Row indices with assignment 0 (train), or every row when there is no split. */
export function trainRows(rowCount: number, assignment: Uint8Array | null): Int32Array {
  if (!assignment) return Int32Array.from({ length: rowCount }, (_, i) => i);
  if (assignment.length !== rowCount)
    throw new Error(`split has ${assignment.length} rows, table ${rowCount}`);
  let n = 0;
  for (let i = 0; i < assignment.length; i++) if (assignment[i] === 0) n++;
  const rows = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < assignment.length; i++) if (assignment[i] === 0) rows[k++] = i;
  return rows;
}

function fitFeature(col: TableColumn, rows: Int32Array, o: PipelineOptions): FittedFeature | null {
  const d = col.data;
  switch (col.type) {
    case 'integer':
    case 'float':
      if (d.storage !== 'number')
        throw new Error(`column ${col.name} (${col.type}) is not stored as numbers`);
      return fitNumeric(col, d.values, rows, o);
    case 'boolean':
      if (d.storage !== 'number') throw new Error(`column ${col.name} (boolean) is not stored as numbers`);
      return fitBoolean(col, d.values, rows, o);
    case 'datetime':
      if (d.storage !== 'number') throw new Error(`column ${col.name} (datetime) is not stored as numbers`);
      return fitDatetime(col, d.values, rows, o);
    case 'categorical':
      return fitCategorical(col, rows, textReader(col), o);
    case 'text':
      return fitText(col, rows, o);
    case 'identifier':
      return null;
  }
}

/**
 * Fit on the train rows only (assignment 0; all rows when there is no split), over the columns whose
 * role is 'feature' (identifiers are never features), in schema order.
 */
export function fitPipeline(
  table: Table,
  meta: PipelineMeta,
  assignment: Uint8Array | null,
  options: PipelineOptions,
): FeaturePipeline {
  const o = PipelineOptions.parse(options);
  const rows = trainRows(table.rowCount, assignment);
  if (rows.length === 0)
    throw new AppError(
      'invalid_input',
      'The split has no train rows to fit the feature pipeline on; change the split fractions.',
    );
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const columnOf = (name: string): TableColumn => {
    const c = byName.get(name);
    if (!c)
      throw new AppError(
        'invalid_input',
        `Column "${name}" is in the schema but not in the data; reload the version.`,
      );
    return c;
  };
  const features: FittedFeature[] = [];
  for (const s of meta.columns) {
    if (s.role !== 'feature' || s.name === meta.target) continue;
    const f = fitFeature(columnOf(s.name), rows, o);
    if (f) features.push(f);
  }
  if (features.length === 0) {
    throw new AppError(
      'invalid_input',
      'No feature columns to learn from: give at least one column the role "feature".',
    );
  }
  const target = meta.target ? fitTarget(columnOf(meta.target), meta.task, rows) : null;
  const { width } = featureOffsets(features);
  return {
    formatVersion: 1,
    versionId: meta.versionId,
    options: o,
    features,
    denseWidth: width,
    denseNames: features.flatMap(featureSlotNames),
    target,
    fittedOn: { split: 'train', rows: rows.length },
  };
}
