/**
 * Perturbed copies of single columns for the robustness suite. Each returns a new column (the input
 * is never modified) changed only at the evaluated rows, and `withColumns` puts them in a table that
 * shares every untouched column object with the original.
 */
import type { NumberData, Table, TableColumn, TextData } from '../../data/table/types.js';

/** The table with some columns replaced (by name); every other column object is shared. */
export function withColumns(table: Table, replaced: ReadonlyMap<string, TableColumn>): Table {
  return {
    rowCount: table.rowCount,
    rowIds: table.rowIds,
    columns: table.columns.map((c) => replaced.get(c.name) ?? c),
  };
}

function numberColumn(col: TableColumn, values: Float64Array): TableColumn {
  return { name: col.name, type: col.type, data: { storage: 'number', values } };
}

/** sd × z[j] added to the present value at rows[j], for standard normal draws z (missing stays missing). */
export function noisyColumn(
  col: TableColumn,
  data: NumberData,
  rows: Int32Array,
  sd: number,
  z: Float64Array,
): TableColumn {
  const out = data.values.slice();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as number;
    const v = out[r] as number;
    if (!Number.isNaN(v)) out[r] = v + sd * (z[j] as number);
  }
  return numberColumn(col, out);
}

/** Each present value at `rows` moved to mean + factor × (x − mean) + offset. */
export function shiftedColumn(
  col: TableColumn,
  data: NumberData,
  rows: Int32Array,
  mean: number,
  factor: number,
  offset: number,
): TableColumn {
  const out = data.values.slice();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as number;
    const v = out[r] as number;
    if (!Number.isNaN(v)) out[r] = mean + factor * (v - mean) + offset;
  }
  return numberColumn(col, out);
}

/**
 * The column with rows[j] set missing where mask[j] is 1 (every evaluated row when mask is null):
 * numbers → NaN, dictionary codes → -1, text → its missing flag.
 */
export function missingColumn(col: TableColumn, rows: Int32Array, mask: Uint8Array | null): TableColumn {
  const d = col.data;
  switch (d.storage) {
    case 'number': {
      const out = d.values.slice();
      for (let j = 0; j < rows.length; j++) if (mask === null || mask[j]) out[rows[j] as number] = Number.NaN;
      return numberColumn(col, out);
    }
    case 'dict': {
      const codes = d.codes.slice();
      for (let j = 0; j < rows.length; j++) if (mask === null || mask[j]) codes[rows[j] as number] = -1;
      return { name: col.name, type: col.type, data: { storage: 'dict', codes, dictionary: d.dictionary } };
    }
    case 'text': {
      const missing = d.missing.slice();
      for (let j = 0; j < rows.length; j++) if (mask === null || mask[j]) missing[rows[j] as number] = 1;
      const data: TextData = { storage: 'text', bytes: d.bytes, offsets: d.offsets, missing };
      return { name: col.name, type: col.type, data };
    }
  }
}

/** A category name absent from `taken` ("__unseen__", or with a number appended when that is taken). */
export function unseenName(taken: ReadonlySet<string>): string {
  let name = '__unseen__';
  for (let k = 1; taken.has(name); k++) name = `__unseen_${k}__`;
  return name;
}

function unseenText(col: TableColumn, d: TextData, rows: Int32Array): TableColumn {
  const n = d.missing.length;
  const mark = new Uint8Array(n);
  const taken = new Set<string>();
  const decoder = new TextDecoder();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as number;
    if (d.missing[r]) continue;
    mark[r] = 1;
    taken.add(decoder.decode(d.bytes.subarray(d.offsets[r], d.offsets[r + 1])));
  }
  const name = new TextEncoder().encode(unseenName(taken));
  let total = 0;
  for (let i = 0; i < n; i++)
    total += mark[i] ? name.length : (d.offsets[i + 1] as number) - (d.offsets[i] as number);
  const bytes = new Uint8Array(total);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    const src = mark[i] ? name : d.bytes.subarray(d.offsets[i], d.offsets[i + 1]);
    bytes.set(src, at);
    at += src.length;
  }
  offsets[n] = at;
  return { name: col.name, type: col.type, data: { storage: 'text', bytes, offsets, missing: d.missing } };
}

/**
 * Every present value at `rows` replaced by one category no vocabulary holds: a dictionary entry
 * appended ("__unseen__") that those codes point at (text columns get the string itself). Null for
 * number columns, which cannot hold a category name.
 */
export function unseenColumn(col: TableColumn, rows: Int32Array): TableColumn | null {
  const d = col.data;
  if (d.storage === 'number') return null;
  if (d.storage === 'text') return unseenText(col, d, rows);
  const dictionary = [...d.dictionary, unseenName(new Set(d.dictionary))];
  const code = dictionary.length - 1;
  const codes = d.codes.slice();
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as number;
    if ((codes[r] as number) >= 0) codes[r] = code;
  }
  return { name: col.name, type: col.type, data: { storage: 'dict', codes, dictionary } };
}
