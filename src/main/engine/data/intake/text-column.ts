/** Building text-stored (free text, identifier) columns from a byte dictionary or from numbers. */
import type { TextData } from '../table/types.js';
import type { ByteDict } from './byte-dict.js';

/** Row i's text is dictionary value codes[i]; rows whose value is a missing token are missing. */
export function textFromDict(
  dict: ByteDict,
  codes: Int32Array,
  n: number,
  missingEntry: Uint8Array,
): TextData {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i] as number;
    if (missingEntry[c] === 0) total += dict.end(c) - dict.start(c);
  }
  const bytes = new Uint8Array(total);
  const offsets = new Uint32Array(n + 1);
  const missing = new Uint8Array(n);
  const pool = dict.pool;
  let pos = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = pos;
    const c = codes[i] as number;
    if (missingEntry[c] === 1) {
      missing[i] = 1;
      continue;
    }
    const e = dict.end(c);
    for (let p = dict.start(c); p < e; p++) bytes[pos++] = pool[p] as number;
  }
  offsets[n] = pos;
  return { storage: 'text', bytes, offsets, missing };
}

/** Numbers written as text (NaN → missing). */
export function textFromNumbers(values: Float64Array, n: number): TextData {
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    parts[i] = Number.isNaN(v) ? '' : String(v);
  }
  const offsets = new Uint32Array(n + 1);
  const missing = new Uint8Array(n);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = pos;
    if (Number.isNaN(values[i] as number)) missing[i] = 1;
    pos += (parts[i] as string).length;
  }
  offsets[n] = pos;
  const bytes = new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
  return { storage: 'text', bytes, offsets, missing };
}
