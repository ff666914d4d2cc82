import type { ColumnData, DictData, NumberData, Table, TextData } from '../table/types.js';
import { CHECK_EVERY, throwIfAborted } from './abort.js';

function gatherNumber(d: NumberData, idx: Int32Array): NumberData {
  const out = new Float64Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = d.values[idx[i] as number] as number;
  return { storage: 'number', values: out };
}

/** Gathers codes and drops dictionary entries no kept row uses (order of the rest kept). */
function gatherDict(d: DictData, idx: Int32Array): DictData {
  const codes = new Int32Array(idx.length);
  const used = new Uint8Array(d.dictionary.length);
  for (let i = 0; i < idx.length; i++) {
    const c = d.codes[idx[i] as number] as number;
    codes[i] = c;
    if (c >= 0) used[c] = 1;
  }
  return compactDictionary(codes, d.dictionary, used);
}

/** Renumbers `codes` in place so only the entries flagged in `used` remain. `codes` must be a fresh array. */
export function compactDictionary(codes: Int32Array, dictionary: string[], used: Uint8Array): DictData {
  if (used.every((u) => u === 1)) return { storage: 'dict', codes, dictionary };
  const remap = new Int32Array(dictionary.length).fill(-1);
  const kept: string[] = [];
  for (let c = 0; c < dictionary.length; c++) {
    if (used[c]) {
      remap[c] = kept.length;
      kept.push(dictionary[c] as string);
    }
  }
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c >= 0) codes[i] = remap[c] as number;
  }
  return { storage: 'dict', codes, dictionary: kept };
}

function gatherText(d: TextData, idx: Int32Array): TextData {
  const offsets = new Uint32Array(idx.length + 1);
  const missing = new Uint8Array(idx.length);
  let total = 0;
  for (let i = 0; i < idx.length; i++) {
    const r = idx[i] as number;
    total += (d.offsets[r + 1] as number) - (d.offsets[r] as number);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < idx.length; i++) {
    const r = idx[i] as number;
    const s = d.offsets[r] as number;
    const e = d.offsets[r + 1] as number;
    if (e - s < 64) for (let k = s; k < e; k++) bytes[at++] = d.bytes[k] as number;
    else {
      bytes.set(d.bytes.subarray(s, e), at);
      at += e - s;
    }
    offsets[i + 1] = at;
    missing[i] = d.missing[r] as number;
  }
  return { storage: 'text', bytes, offsets, missing };
}

export function gatherColumn(d: ColumnData, idx: Int32Array): ColumnData {
  switch (d.storage) {
    case 'number':
      return gatherNumber(d, idx);
    case 'dict':
      return gatherDict(d, idx);
    case 'text':
      return gatherText(d, idx);
  }
}

/** Indices (ascending) of the rows where keep[i] is 1. */
export function keptIndices(keep: Uint8Array, signal?: AbortSignal): Int32Array {
  let n = 0;
  for (let i = 0; i < keep.length; i++) n += keep[i] as number;
  const idx = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < keep.length; i++) {
    if ((i & CHECK_EVERY) === 0) throwIfAborted(signal);
    if (keep[i]) idx[k++] = i;
  }
  return idx;
}

/** A new table with only the rows flagged in `keep` (order and row ids kept). */
export function selectRows(table: Table, keep: Uint8Array, signal?: AbortSignal): Table {
  const idx = keptIndices(keep, signal);
  if (idx.length === table.rowCount) return table;
  const rowIds = new Int32Array(idx.length);
  for (let i = 0; i < idx.length; i++) rowIds[i] = table.rowIds[idx[i] as number] as number;
  const columns = table.columns.map((c) => {
    throwIfAborted(signal);
    return { name: c.name, type: c.type, data: gatherColumn(c.data, idx) };
  });
  return { rowCount: idx.length, rowIds, columns };
}
