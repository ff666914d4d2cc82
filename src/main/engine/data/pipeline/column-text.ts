import { numberText } from '../recipes/value-text.js';
import { textAt } from '../table/cells.js';
import type { TableColumn } from '../table/types.js';

/** Reads row i of any column as text (booleans true/false, datetimes ISO); null when missing. */
export function textReader(col: TableColumn): (i: number) => string | null {
  const d = col.data;
  switch (d.storage) {
    case 'dict':
      return (i) => {
        const c = d.codes[i] as number;
        return c < 0 ? null : (d.dictionary[c] as string);
      };
    case 'text':
      return (i) => textAt(d, i);
    case 'number':
      return (i) => {
        const v = d.values[i] as number;
        return Number.isFinite(v) ? numberText(col.type, v) : null;
      };
  }
}
