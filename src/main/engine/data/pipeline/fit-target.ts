import type { FeaturePipeline, TaskType } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { meanStd } from '../recipes/quantile.js';
import { numberText } from '../recipes/value-text.js';
import type { TableColumn } from '../table/types.js';
import { textReader } from './column-text.js';

type FittedTarget = NonNullable<FeaturePipeline['target']>;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Class names seen in the train rows, sorted: numerically for number columns, else by code point. */
function classesOf(col: TableColumn, rows: Int32Array): string[] {
  const d = col.data;
  if (d.storage === 'number') {
    const seen = new Set<number>();
    for (let j = 0; j < rows.length; j++) {
      const v = d.values[rows[j] as number] as number;
      if (Number.isFinite(v)) seen.add(v === 0 ? 0 : v);
    }
    return [...seen].sort((a, b) => a - b).map((v) => numberText(col.type, v));
  }
  const read = textReader(col);
  const seen = new Set<string>();
  for (let j = 0; j < rows.length; j++) {
    const s = read(rows[j] as number);
    if (s !== null) seen.add(s);
  }
  return [...seen].sort(byCodePoint);
}

/** Classes (classification) or centre/scale (regression) of the target, from the train rows. */
export function fitTarget(col: TableColumn, task: TaskType | null, rows: Int32Array): FittedTarget {
  const regression = task ? task === 'regression' : col.type === 'integer' || col.type === 'float';
  if (regression) {
    if (col.data.storage !== 'number' || col.type === 'boolean' || col.type === 'datetime') {
      throw new AppError(
        'invalid_input',
        `A regression target must be numeric; "${col.name}" is ${col.type}. Cast it to float or choose a classification task.`,
      );
    }
    const { mean, std, count } = meanStd(col.data.values, rows);
    if (count === 0)
      throw new AppError('invalid_input', `The target "${col.name}" has no values in the train rows.`);
    return {
      column: col.name,
      task: 'regression',
      classes: null,
      center: mean,
      scale: Number.isFinite(std) && std > 0 ? std : 1,
    };
  }
  const classes = classesOf(col, rows);
  if (classes.length < 2) {
    throw new AppError(
      'invalid_input',
      `The target "${col.name}" has ${classes.length === 0 ? 'no values' : `only one class (${classes[0]})`} in the train rows; a classifier needs at least two.`,
    );
  }
  return {
    column: col.name,
    task: task ?? (classes.length === 2 ? 'binary' : 'multiclass'),
    classes,
    center: 0,
    scale: 1,
  };
}
