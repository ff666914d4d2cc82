/** What every column builder shares: growable arrays, quote unescaping and the failures they raise. */

/** A column's builder found invalid UTF-8 (the driver adds the file and column to the message). */
export class BadUtf8 extends Error {
  constructor(
    readonly line: number,
    readonly byteOffset: number,
  ) {
    super('invalid UTF-8');
  }
}

/**
 * A speculative numeric/datetime builder met too many values of another kind: the column must be
 * read again as text (the driver restarts the pass with this column as a string column).
 */
export class Demote extends Error {
  constructor(readonly column: number) {
    super(`column ${column} needs text storage`);
  }
}

export function growFloat64(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, Math.ceil(a.length * 1.5) + 1024));
  b.set(a);
  return b;
}

export function growInt32(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, Math.ceil(a.length * 1.5) + 1024));
  b.set(a);
  return b;
}

let scratch = new Uint8Array(1024);

/** Bytes [s, e) with each doubled quote ("") made single; returns the length written to `unescaped()`. */
export function unescapeQuotes(buf: Uint8Array, s: number, e: number): number {
  if (scratch.length < e - s) scratch = new Uint8Array((e - s) * 2);
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = buf[i] as number;
    scratch[n++] = c;
    if (c === 34 && buf[i + 1] === 34) i++;
  }
  return n;
}

export function unescaped(): Uint8Array {
  return scratch;
}

/** A 1-based data row number and the raw value that did not fit the column's type. */
export interface Offender {
  row: number;
  value: string;
}
