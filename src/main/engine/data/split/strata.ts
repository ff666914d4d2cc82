import { AppError } from '../../../../shared/errors.js';
import { textAt } from '../table/cells.js';
import type { Table } from '../table/types.js';

/**
 * The stratum of each row: one per distinct target value (in order of first appearance), and one
 * more for rows whose target is missing, so those rows are spread like any class.
 */
export function strataOf(table: Table, target: string): { stratum: Int32Array; sizes: number[] } {
  const col = table.columns.find((c) => c.name === target);
  if (!col) {
    throw new AppError(
      'invalid_input',
      `The target column "${target}" is not in this version; pick the target again before splitting.`,
    );
  }
  const n = table.rowCount;
  const stratum = new Int32Array(n);
  const sizes: number[] = [];
  const ids = new Map<string | number, number>();
  const idOf = (key: string | number) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = sizes.length;
      ids.set(key, id);
      sizes.push(0);
    }
    sizes[id] = (sizes[id] as number) + 1;
    return id;
  };
  const MISSING = '\u0000missing';
  const d = col.data;
  for (let i = 0; i < n; i++) {
    let key: string | number;
    if (d.storage === 'number') {
      const v = d.values[i] as number;
      key = !Number.isNaN(v) ? v : MISSING;
    } else if (d.storage === 'dict') {
      const c = d.codes[i] as number;
      key = c < 0 ? MISSING : c;
    } else key = textAt(d, i) ?? MISSING;
    stratum[i] = idOf(key);
  }
  return { stratum, sizes };
}
