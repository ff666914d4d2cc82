/**
 * A column read as text: every value goes into a byte dictionary (codes per row), which keeps the
 * exact text of each distinct value. Inference and conversion happen once per distinct value at
 * the end, so this builder can become any type without reading the file again.
 */
import { BadUtf8, growInt32, unescaped, unescapeQuotes } from './builder-common.js';
import { ByteDict } from './byte-dict.js';
import type { FieldBatch } from './csv-tokenizer.js';
import { invalidUtf8At } from './utf8.js';

const EMPTY = new Uint8Array(0);

export class StringBuilder {
  codes: Int32Array;
  length = 0;
  readonly dict = new ByteDict();

  constructor(
    readonly column: number,
    capacity: number | Int32Array,
  ) {
    this.codes = typeof capacity === 'number' ? new Int32Array(capacity) : capacity;
  }

  addBatch(b: FieldBatch, col: number, ncols: number, fromRow: number, rowBase: number): void {
    const { rows, buf, starts, ends, flags } = b;
    const dict = this.dict;
    const codes = growInt32(this.codes, this.length + rows - fromRow);
    this.codes = codes;
    let n = this.length;
    for (let r = fromRow, k = fromRow * ncols + col; r < rows; r++, k += ncols) {
      let s = starts[k] as number;
      let e = ends[k] as number;
      let src = buf;
      if (flags[k] === 1) {
        e = unescapeQuotes(buf, s, e);
        s = 0;
        src = unescaped();
      }
      const code = dict.add(src, s, e, rowBase + r - fromRow);
      if (dict.inserted) {
        const bad = invalidUtf8At(src, s, e);
        if (bad >= 0) {
          const at = src === buf ? bad : (starts[k] as number);
          throw new BadUtf8(b.rowLine[r] as number, b.fileOffset + at);
        }
      }
      codes[n++] = code;
    }
    this.length = n;
  }

  /** One value from bytes (already valid UTF-8); the next row. */
  addRaw(buf: Uint8Array, s: number, e: number): void {
    this.codes = growInt32(this.codes, this.length + 1);
    this.codes[this.length] = this.dict.add(buf, s, e, this.length);
    this.length++;
  }

  addNumber(v: number): void {
    const text = Buffer.from(String(v), 'latin1');
    this.addRaw(text, 0, text.length);
  }

  addMissing(): void {
    this.addRaw(EMPTY, 0, 0);
  }

  padTo(n: number): void {
    while (this.length < n) this.addMissing();
  }
}
