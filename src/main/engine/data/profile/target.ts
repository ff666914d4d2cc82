import type { ColumnType, TaskType } from '../../../../shared/data.js';
import { textAt } from '../table/cells.js';
import type { TableColumn } from '../table/types.js';

/** More classes than this and a "classification" target is not treated as one for associations. */
export const MAX_CLASSES = 10_000;

/** The target as the association measures need it. */
export type EncodedTarget =
  | {
      kind: 'classes';
      name: string;
      /** Class index per row; -1 where the target is missing. */
      classOf: Int32Array;
      classNames: string[];
      classCounts: Int32Array;
    }
  | { kind: 'numeric'; name: string; values: Float64Array };

/**
 * Classification when the task says so, or (no task yet) when the target is categorical,
 * boolean or text, or an integer column with at most two values (a 0/1 flag).
 */
export function isClassificationTarget(
  type: ColumnType,
  task: TaskType | null,
  distinct = Number.POSITIVE_INFINITY,
): boolean {
  if (task === 'binary' || task === 'multiclass') return true;
  if (task === 'regression') return type !== 'integer' && type !== 'float' && type !== 'datetime';
  if (type === 'integer') return distinct <= 2;
  return type === 'categorical' || type === 'boolean' || type === 'text' || type === 'identifier';
}

/** Distinct non-missing values of a number column, counted up to 3 (enough to tell a 0/1 flag). */
function distinctUpTo3(values: Float64Array): number {
  let a = Number.NaN;
  let b = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v) || v === a || v === b) continue;
    if (Number.isNaN(a)) a = v;
    else if (Number.isNaN(b)) b = v;
    else return 3;
  }
  return Number.isNaN(a) ? 0 : Number.isNaN(b) ? 1 : 2;
}

function numberClassName(type: ColumnType, v: number): string {
  if (type === 'boolean') return v !== 0 ? 'true' : 'false';
  if (type === 'datetime') return new Date(v).toISOString();
  return String(v);
}

/** Class indices per row from any storage (dictionary codes map straight through). */
function encodeClasses(column: TableColumn): { classOf: Int32Array; classNames: string[] } | null {
  const d = column.data;
  if (d.storage === 'dict') {
    const remap = new Int32Array(d.dictionary.length).fill(-1);
    const classNames: string[] = [];
    const classOf = new Int32Array(d.codes.length);
    for (let i = 0; i < d.codes.length; i++) {
      const c = d.codes[i] as number;
      if (c < 0) {
        classOf[i] = -1;
        continue;
      }
      let k = remap[c] as number;
      if (k < 0) {
        k = classNames.length;
        remap[c] = k;
        classNames.push(d.dictionary[c] ?? '');
      }
      classOf[i] = k;
    }
    return { classOf, classNames };
  }
  const n = d.storage === 'number' ? d.values.length : d.missing.length;
  const classOf = new Int32Array(n);
  const index = new Map<number | string, number>();
  const classNames: string[] = [];
  for (let i = 0; i < n; i++) {
    let key: number | string | null;
    if (d.storage === 'number') {
      const v = d.values[i] as number;
      key = Number.isNaN(v) ? null : column.type === 'boolean' ? (v !== 0 ? 1 : 0) : v;
    } else key = textAt(d, i);
    if (key === null) {
      classOf[i] = -1;
      continue;
    }
    let k = index.get(key);
    if (k === undefined) {
      if (classNames.length >= MAX_CLASSES) return null;
      k = classNames.length;
      index.set(key, k);
      classNames.push(typeof key === 'number' ? numberClassName(column.type, key) : key);
    }
    classOf[i] = k;
  }
  return { classOf, classNames };
}

export function encodeTarget(column: TableColumn, task: TaskType | null): EncodedTarget | null {
  const d = column.data;
  const distinct =
    task === null && column.type === 'integer' && d.storage === 'number'
      ? distinctUpTo3(d.values)
      : undefined;
  if (isClassificationTarget(column.type, task, distinct)) {
    const enc = encodeClasses(column);
    if (!enc) return null;
    const classCounts = new Int32Array(enc.classNames.length);
    for (let i = 0; i < enc.classOf.length; i++) {
      const k = enc.classOf[i] as number;
      if (k >= 0) classCounts[k] = (classCounts[k] as number) + 1;
    }
    return { kind: 'classes', name: column.name, ...enc, classCounts };
  }
  if (d.storage !== 'number') return null;
  return { kind: 'numeric', name: column.name, values: d.values };
}
