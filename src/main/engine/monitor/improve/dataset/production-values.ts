/**
 * The values of each base column for the production rows, in the base column's kind of storage:
 * numbers (NaN = missing) for number columns, strings (null = missing) for categorical and text
 * ones. The target column takes the feedback labels; a column the requests did not carry is
 * missing on every production row.
 */
import type { ColumnSchema } from '../../../../../shared/data.js';
import type { FeatureColumn } from '../../window/window-types.js';
import type { TargetValue } from './target-label.js';

export type ProductionValues =
  | { storage: 'number'; values: Float64Array }
  | { storage: 'dict' | 'text'; values: (string | null)[] };

function missingValues(storage: ColumnSchema['storage'], n: number): ProductionValues {
  if (storage === 'number') return { storage, values: new Float64Array(n).fill(Number.NaN) };
  return { storage, values: new Array<string | null>(n).fill(null) };
}

function fromFeature(storage: ColumnSchema['storage'], col: FeatureColumn, rows: readonly number[]) {
  const n = rows.length;
  if (storage === 'number') {
    const values = new Float64Array(n);
    // The window reads a number column's kind as numbers (see window-specs.ts); anything else stays missing.
    if (col.kind === 'categorical' || col.kind === 'text') values.fill(Number.NaN);
    else for (let k = 0; k < n; k++) values[k] = col.values[rows[k] as number] as number;
    return { storage, values } satisfies ProductionValues;
  }
  const values = new Array<string | null>(n).fill(null);
  if (col.kind === 'categorical' || col.kind === 'text')
    for (let k = 0; k < n; k++) values[k] = col.values[rows[k] as number] ?? null;
  return { storage, values } satisfies ProductionValues;
}

function fromTargets(storage: ColumnSchema['storage'], targets: readonly TargetValue[]): ProductionValues {
  if (storage === 'number')
    return { storage, values: Float64Array.from(targets, (t) => (typeof t === 'number' ? t : Number.NaN)) };
  return { storage, values: targets.map((t) => String(t)) };
}

/** Values of `column` for the kept window rows `rows` (targets: their converted labels). */
export function productionValues(
  column: ColumnSchema,
  target: string,
  features: readonly FeatureColumn[],
  rows: readonly number[],
  targets: readonly TargetValue[],
): ProductionValues {
  if (column.name === target) return fromTargets(column.storage, targets);
  const read = features.find((f) => f.name === column.name);
  if (!read) return missingValues(column.storage, rows.length);
  return fromFeature(column.storage, read, rows);
}
