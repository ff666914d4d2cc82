import { fmix32, hashBytes, mix32 } from '../profile/hash32.js';
import type { ColumnData, Table } from '../table/types.js';

const MISSING = 0x6d697373;

/**
 * A 32-bit hash of every row's cells, built column by column (cache-friendly, no per-cell
 * objects). Missing cells hash alike; -0 and 0 hash alike.
 */
export function rowHashes(table: Table): Uint32Array {
  const n = table.rowCount;
  const h = new Int32Array(n);
  for (const { data: d } of table.columns) {
    if (d.storage === 'number') {
      const v = d.values;
      const bits = new Int32Array(v.buffer, v.byteOffset, n * 2);
      for (let i = 0; i < n; i++) {
        const x = v[i] as number;
        if (Number.isNaN(x)) h[i] = mix32(h[i] as number, MISSING);
        else if (x === 0) h[i] = mix32(mix32(h[i] as number, 0), 0);
        else h[i] = mix32(mix32(h[i] as number, bits[2 * i] as number), bits[2 * i + 1] as number);
      }
    } else if (d.storage === 'dict') {
      for (let i = 0; i < n; i++) h[i] = mix32(h[i] as number, d.codes[i] as number);
    } else {
      for (let i = 0; i < n; i++) {
        h[i] = mix32(
          h[i] as number,
          d.missing[i] ? MISSING : hashBytes(d.bytes, d.offsets[i] as number, d.offsets[i + 1] as number),
        );
      }
    }
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fmix32(h[i] as number);
  return out;
}

function cellsEqual(d: ColumnData, i: number, j: number): boolean {
  if (d.storage === 'number') {
    const a = d.values[i] as number;
    const b = d.values[j] as number;
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
  }
  if (d.storage === 'dict') return d.codes[i] === d.codes[j];
  if (d.missing[i] || d.missing[j]) return d.missing[i] === d.missing[j];
  const a0 = d.offsets[i] as number;
  const a1 = d.offsets[i + 1] as number;
  const b0 = d.offsets[j] as number;
  if (a1 - a0 !== (d.offsets[j + 1] as number) - b0) return false;
  for (let k = 0; k < a1 - a0; k++) if (d.bytes[a0 + k] !== d.bytes[b0 + k]) return false;
  return true;
}

/** Rows i and j hold the same value in every column (missing equals missing). */
export function rowsEqual(table: Table, i: number, j: number): boolean {
  for (const c of table.columns) if (!cellsEqual(c.data, i, j)) return false;
  return true;
}

export interface Duplicates {
  /** Rows that repeat an earlier row exactly. */
  count: number;
  /** Distinct rows that occur more than once. */
  groups: number;
  /** A few (row, first occurrence) pairs, 0-based row positions. */
  examples: { row: number; first: number }[];
}

/** Fully duplicated rows: hash every row, then compare cells exactly when hashes collide. */
export function findDuplicateRows(table: Table, maxExamples = 3): Duplicates {
  const n = table.rowCount;
  const hashes = rowHashes(table);
  let size = 16;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const repeated = new Uint8Array(n);
  let count = 0;
  let groups = 0;
  const examples: { row: number; first: number }[] = [];
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    let s = h & mask;
    for (;;) {
      const r = slots[s] as number;
      if (r < 0) {
        slots[s] = i;
        break;
      }
      if (hashes[r] === h && rowsEqual(table, r, i)) {
        count++;
        if (!repeated[r]) {
          repeated[r] = 1;
          groups++;
        }
        if (examples.length < maxExamples) examples.push({ row: i, first: r });
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return { count, groups, examples };
}
