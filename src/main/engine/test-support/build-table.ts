import type { ColumnType } from '../../../shared/data.js';
import { STORAGE_OF, type Table, type TableColumn } from '../data/table/types.js';

export type PlainValue = number | string | boolean | null;

/** Build a Table from plain arrays (tests only): each column's storage follows its type. */
export function buildTable(
  columns: { name: string; type: ColumnType; values: PlainValue[] }[],
  rowIds?: number[],
): Table {
  const n = columns[0]?.values.length ?? 0;
  const encoder = new TextEncoder();
  const cols: TableColumn[] = columns.map((c) => {
    if (c.values.length !== n)
      throw new Error(`column ${c.name} has ${c.values.length} values, expected ${n}`);
    const storage = STORAGE_OF[c.type];
    if (storage === 'number') {
      const values = new Float64Array(n);
      c.values.forEach((v, i) => {
        values[i] =
          v === null
            ? Number.NaN
            : typeof v === 'boolean'
              ? Number(v)
              : typeof v === 'string'
                ? Date.parse(v)
                : v;
      });
      return { name: c.name, type: c.type, data: { storage: 'number', values } };
    }
    if (storage === 'dict') {
      const dictionary: string[] = [];
      const index = new Map<string, number>();
      const codes = new Int32Array(n);
      c.values.forEach((v, i) => {
        if (v === null) {
          codes[i] = -1;
          return;
        }
        const s = String(v);
        let code = index.get(s);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(s);
          index.set(s, code);
        }
        codes[i] = code;
      });
      return { name: c.name, type: c.type, data: { storage: 'dict', codes, dictionary } };
    }
    const parts = c.values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(String(v))));
    const offsets = new Uint32Array(n + 1);
    let total = 0;
    parts.forEach((p, i) => {
      offsets[i] = total;
      total += p.length;
    });
    offsets[n] = total;
    const bytes = new Uint8Array(total);
    parts.forEach((p, i) => {
      bytes.set(p, offsets[i]);
    });
    const missing = new Uint8Array(n);
    c.values.forEach((v, i) => {
      missing[i] = v === null ? 1 : 0;
    });
    return { name: c.name, type: c.type, data: { storage: 'text', bytes, offsets, missing } };
  });
  return {
    rowCount: n,
    rowIds: Int32Array.from(rowIds ?? Array.from({ length: n }, (_, i) => i)),
    columns: cols,
  };
}
