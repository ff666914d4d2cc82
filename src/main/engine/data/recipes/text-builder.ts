import type { DictData, TextData } from '../table/types.js';

const encoder = new TextEncoder();

/** Builds a TextData column row by row, from strings or from byte ranges of another column. */
export class TextBuilder {
  private bytes: Uint8Array;
  private length = 0;
  private row = 0;
  private readonly offsets: Uint32Array;
  private readonly missing: Uint8Array;

  constructor(rows: number, byteHint = rows * 8) {
    this.bytes = new Uint8Array(Math.max(16, byteHint));
    this.offsets = new Uint32Array(rows + 1);
    this.missing = new Uint8Array(rows);
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(need, this.bytes.length * 2));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  pushString(value: string | null): void {
    if (value === null) {
      this.pushMissing();
      return;
    }
    this.reserve(value.length * 3);
    const { written } = encoder.encodeInto(value, this.bytes.subarray(this.length));
    this.length += written;
    this.offsets[++this.row] = this.length;
  }

  pushBytes(src: Uint8Array, start: number, end: number): void {
    this.reserve(end - start);
    if (end - start < 64) {
      const bytes = this.bytes;
      let at = this.length;
      for (let k = start; k < end; k++) bytes[at++] = src[k] as number;
    } else this.bytes.set(src.subarray(start, end), this.length);
    this.length += end - start;
    this.offsets[++this.row] = this.length;
  }

  /** Copies row i of a text column (missing stays missing). */
  pushFrom(src: TextData, i: number): void {
    if (src.missing[i]) this.pushMissing();
    else this.pushBytes(src.bytes, src.offsets[i] as number, src.offsets[i + 1] as number);
  }

  pushMissing(): void {
    this.missing[this.row] = 1;
    this.offsets[++this.row] = this.length;
  }

  finish(): TextData {
    if (this.row !== this.missing.length)
      throw new Error(`TextBuilder: ${this.row} of ${this.missing.length} rows written`);
    return {
      storage: 'text',
      bytes: this.bytes.slice(0, this.length),
      offsets: this.offsets,
      missing: this.missing,
    };
  }
}

/** Builds a DictData column; the dictionary is in order of first appearance. */
export class DictBuilder {
  readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();
  readonly codes: Int32Array;
  private row = 0;

  constructor(rows: number) {
    this.codes = new Int32Array(rows);
  }

  codeOf(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.dictionary.length;
      this.dictionary.push(value);
      this.index.set(value, code);
    }
    return code;
  }

  push(value: string | null): void {
    this.codes[this.row++] = value === null ? -1 : this.codeOf(value);
  }

  pushCode(code: number): void {
    this.codes[this.row++] = code;
  }

  finish(): DictData {
    if (this.row !== this.codes.length)
      throw new Error(`DictBuilder: ${this.row} of ${this.codes.length} rows written`);
    return { storage: 'dict', codes: this.codes, dictionary: this.dictionary };
  }
}
