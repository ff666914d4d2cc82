import { describe, expect, it } from 'vitest';
import { cellAt } from '../../data/table/cells.js';
import type { NumberData, TableColumn } from '../../data/table/types.js';
import { buildTable } from '../../test-support/build-table.js';
import {
  missingColumn,
  noisyColumn,
  shiftedColumn,
  unseenColumn,
  unseenName,
  withColumns,
} from './perturb-columns.js';

const table = buildTable([
  { name: 'n', type: 'float', values: [1, null, 3, 4] },
  { name: 'c', type: 'categorical', values: ['x', 'y', null, 'x'] },
  { name: 't', type: 'text', values: ['hello', null, 'wörld', ''] },
]);
const [n, c, t] = table.columns as [TableColumn, TableColumn, TableColumn];
const cells = (col: TableColumn) => [0, 1, 2, 3].map((i) => cellAt(col, i));
const rows = Int32Array.from([0, 1, 2]); // row 3 is not evaluated

describe('perturbed columns', () => {
  it('adds sd × z to present evaluated values only', () => {
    const out = noisyColumn(n, n.data as NumberData, rows, 2, Float64Array.from([0.5, 9, -1]));
    expect(cells(out)).toEqual([2, null, 1, 4]);
    expect(cells(n)).toEqual([1, null, 3, 4]);
  });

  it('shifts and scales around the mean', () => {
    const out = shiftedColumn(n, n.data as NumberData, rows, 2, 1.5, 10);
    // 2 + 1.5 (x − 2) + 10
    expect(cells(out)).toEqual([10.5, null, 13.5, 4]);
  });

  it('sets every storage missing at the evaluated rows, or where the mask says', () => {
    expect(cells(missingColumn(n, rows, null))).toEqual([null, null, null, 4]);
    expect(cells(missingColumn(c, rows, null))).toEqual([null, null, null, 'x']);
    expect(cells(missingColumn(t, rows, null))).toEqual([null, null, null, '']);
    const mask = Uint8Array.from([0, 1, 1]);
    expect(cells(missingColumn(n, rows, mask))).toEqual([1, null, null, 4]);
    expect(cells(missingColumn(c, rows, mask))).toEqual(['x', null, null, 'x']);
    expect(cells(missingColumn(t, rows, mask))).toEqual(['hello', null, null, '']);
    expect(cells(t)).toEqual(['hello', null, 'wörld', '']);
  });

  it('points present dictionary codes at one appended unseen category', () => {
    const out = unseenColumn(c, rows) as TableColumn;
    expect(out.data).toMatchObject({ dictionary: ['x', 'y', '__unseen__'] });
    expect(cells(out)).toEqual(['__unseen__', '__unseen__', null, 'x']);
    expect(c.data).toMatchObject({ dictionary: ['x', 'y'] });
  });

  it('writes the unseen category into text columns and leaves number columns alone', () => {
    expect(cells(unseenColumn(t, rows) as TableColumn)).toEqual(['__unseen__', null, '__unseen__', '']);
    expect(unseenColumn(n, rows)).toBeNull();
  });

  it('picks a name no existing category has', () => {
    expect(unseenName(new Set(['a']))).toBe('__unseen__');
    expect(unseenName(new Set(['__unseen__', '__unseen_1__']))).toBe('__unseen_2__');
  });

  it('shares every column it does not replace', () => {
    const out = withColumns(table, new Map([['c', missingColumn(c, rows, null)]]));
    expect(out.columns[0]).toBe(n);
    expect(out.columns[2]).toBe(t);
    expect(out.columns[1]).not.toBe(c);
    expect(out.rowIds).toBe(table.rowIds);
    expect(out.rowCount).toBe(4);
  });
});
