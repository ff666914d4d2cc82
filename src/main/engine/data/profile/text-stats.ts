import type { TextData } from '../table/types.js';
import { hashBytes } from './hash32.js';

export interface TextStats {
  missing: number;
  distinct: number;
  minLength: number;
  maxLength: number;
  meanLength: number;
  empty: number;
}

/** Characters (Unicode code points) in bytes[start..end) of UTF-8: bytes that are not continuation bytes. */
export function utf8Length(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) n++;
  return n;
}

function sameBytes(bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (bytes[a0 + i] !== bytes[b0 + i]) return false;
  return true;
}

/**
 * Lengths, empties and exact distinct values of a text column, without decoding strings:
 * an open-addressing hash set of row indices keyed by a hash of each value's bytes.
 */
export function textStats(data: TextData): TextStats {
  const { bytes, offsets, missing: miss } = data;
  const n = miss.length;
  let size = 16;
  while (size < n * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  const slotHash = new Uint32Array(size);
  const mask = size - 1;
  let missing = 0;
  let distinct = 0;
  let minLength = Number.POSITIVE_INFINITY;
  let maxLength = 0;
  let totalLength = 0;
  let empty = 0;
  for (let i = 0; i < n; i++) {
    if (miss[i] === 1) {
      missing++;
      continue;
    }
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    const len = utf8Length(bytes, start, end);
    if (len < minLength) minLength = len;
    if (len > maxLength) maxLength = len;
    totalLength += len;
    if (len === 0) empty++;
    const h = hashBytes(bytes, start, end);
    let s = h & mask;
    for (;;) {
      const r = slots[s] as number;
      if (r < 0) {
        slots[s] = i;
        slotHash[s] = h;
        distinct++;
        break;
      }
      if (slotHash[s] === h && sameBytes(bytes, offsets[r] as number, offsets[r + 1] as number, start, end))
        break;
      s = (s + 1) & mask;
    }
  }
  const present = n - missing;
  return {
    missing,
    distinct,
    minLength: present ? minLength : 0,
    maxLength,
    meanLength: present ? totalLength / present : 0,
    empty,
  };
}
