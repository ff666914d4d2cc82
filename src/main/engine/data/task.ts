import type { ColumnSchema, TaskType } from '../../../shared/data.js';
import { AppError } from '../../../shared/errors.js';
import { isMissing } from './table/cells.js';
import type { ColumnData } from './table/types.js';

/** Distinct non-missing values of a column (stops counting at `cap`). */
export function distinctValues(data: ColumnData, cap = 1000): number {
  const seen = new Set<number | string>();
  const n =
    data.storage === 'number'
      ? data.values.length
      : data.storage === 'dict'
        ? data.codes.length
        : data.missing.length;
  for (let i = 0; i < n && seen.size < cap; i++) {
    if (isMissing(data, i)) continue;
    if (data.storage === 'number') seen.add(data.values[i] as number);
    else if (data.storage === 'dict') seen.add(data.codes[i] as number);
    else seen.add(Buffer.from(data.bytes.subarray(data.offsets[i], data.offsets[i + 1])).toString('utf8'));
  }
  return seen.size;
}

/**
 * The task a target implies: categorical/boolean → binary or multiclass; integers with at most
 * 10 values → classification; other numbers → regression. A target with one class is refused.
 */
export function inferTask(column: Pick<ColumnSchema, 'name' | 'type'>, data: ColumnData): TaskType {
  const classes = distinctValues(data, 50);
  if (classes < 2) {
    throw new AppError(
      'invalid_input',
      `Target column "${column.name}" has ${classes === 0 ? 'no values' : 'only one class'}; a model needs at least two classes or a numeric range. Pick another target column.`,
    );
  }
  switch (column.type) {
    case 'categorical':
    case 'boolean':
      return classes === 2 ? 'binary' : 'multiclass';
    case 'integer':
      return classes === 2 ? 'binary' : classes <= 10 ? 'multiclass' : 'regression';
    case 'float':
      return 'regression';
    default:
      throw new AppError(
        'invalid_input',
        `Column "${column.name}" is ${column.type}; a target must be categorical, boolean, integer or float. Cast it first or pick another column.`,
      );
  }
}

/** Check a chosen target and task; returns the task to record. */
export function checkTarget(
  column: Pick<ColumnSchema, 'name' | 'type'>,
  data: ColumnData,
  task: TaskType | null | undefined,
): TaskType {
  const implied = inferTask(column, data);
  if (!task) return implied;
  if (task === 'regression' && !['integer', 'float'].includes(column.type)) {
    throw new AppError(
      'invalid_input',
      `Regression needs a numeric target, but "${column.name}" is ${column.type}. Choose binary or multiclass.`,
    );
  }
  if (task === 'binary') {
    const classes = distinctValues(data, 3);
    if (classes !== 2) {
      throw new AppError(
        'invalid_input',
        `Binary classification needs exactly two classes; "${column.name}" has ${classes >= 3 ? 'more than two' : classes}. Choose multiclass.`,
      );
    }
  }
  return task;
}
