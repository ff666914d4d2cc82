import type { Cell, ColumnType } from '../../../../shared/data.js';
import type { ColumnData, TableColumn, TextData } from './types.js';

const decoder = new TextDecoder();

export function textAt(data: TextData, i: number): string | null {
  if (data.missing[i]) return null;
  return decoder.decode(data.bytes.subarray(data.offsets[i], data.offsets[i + 1]));
}

export function isMissing(data: ColumnData, i: number): boolean {
  switch (data.storage) {
    case 'number':
      return Number.isNaN(data.values[i]);
    case 'dict':
      return (data.codes[i] ?? -1) < 0;
    case 'text':
      return data.missing[i] === 1;
  }
}

export function missingCount(data: ColumnData): number {
  let n = 0;
  const len =
    data.storage === 'number'
      ? data.values.length
      : data.storage === 'dict'
        ? data.codes.length
        : data.missing.length;
  for (let i = 0; i < len; i++) if (isMissing(data, i)) n++;
  return n;
}

/** The value of row i as it crosses the contract (datetime → ISO string, boolean → true/false). */
export function cellAt(column: { type: ColumnType; data: ColumnData }, i: number): Cell {
  const d = column.data;
  switch (d.storage) {
    case 'number': {
      const v = d.values[i] ?? Number.NaN;
      if (Number.isNaN(v)) return null;
      if (column.type === 'boolean') return v !== 0;
      if (column.type === 'datetime') return new Date(v).toISOString();
      return v;
    }
    case 'dict': {
      const c = d.codes[i] ?? -1;
      return c < 0 ? null : (d.dictionary[c] ?? null);
    }
    case 'text':
      return textAt(d, i);
  }
}

/** The value of row i as text (for CSV export and string comparisons); null when missing. */
export function cellText(column: TableColumn, i: number): string | null {
  const c = cellAt(column, i);
  return c === null ? null : String(c);
}

export function columnLength(data: ColumnData): number {
  return data.storage === 'number'
    ? data.values.length
    : data.storage === 'dict'
      ? data.codes.length
      : data.missing.length;
}
