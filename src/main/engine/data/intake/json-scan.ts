/**
 * Splits a JSON array of objects, or JSON Lines, into one record (object) at a time while reading
 * the file in chunks: only the current record is ever decoded into a string.
 */
import type { FileHandle } from 'node:fs/promises';
import { ChunkReader } from './chunk-reader.js';
import { invalid, rowTooLarge } from './intake-errors.js';
import { jsonErrorOffset, lineColumn } from './json-syntax.js';
import { MAX_ROW_BYTES } from './limits.js';
import { invalidUtf8At } from './utf8.js';

const LF = 10;

function kindOfValue(c: number): string {
  if (c === 0x5b) return 'an array';
  if (c === 0x22) return 'a string';
  if (c === 0x74 || c === 0x66) return 'a boolean';
  if (c === 0x6e) return 'null';
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return 'a number';
  return 'not valid JSON';
}

export class JsonRecords {
  private readonly reader: ChunkReader;
  private pos = 0;
  private line = 1;
  private column = 1;
  private started = false;
  private done = false;
  /** 1-based index of the next record. */
  private index = 1;
  /** Line and column where the last record returned starts. */
  recordLine = 1;

  constructor(
    private readonly path: string,
    fh: FileHandle,
    size: number,
    start: number,
    private readonly format: 'json' | 'jsonl',
  ) {
    this.reader = new ChunkReader(fh, size, start);
  }

  get bytesRead(): number {
    return this.reader.position;
  }

  /** Makes sure buf[pos] exists (reading more); false at the end of the file. */
  private async ensure(): Promise<boolean> {
    while (this.pos >= this.reader.len) {
      if (this.reader.eof) return false;
      await this.reader.refill(this.pos);
      this.pos = 0;
    }
    return true;
  }

  private advance(c: number): void {
    if (c === LF) {
      this.line++;
      this.column = 1;
    } else {
      this.column++;
    }
    this.pos++;
  }

  /** Skips whitespace; returns the next byte or -1 at the end of the file. */
  private async peek(): Promise<number> {
    for (;;) {
      if (!(await this.ensure())) return -1;
      const c = this.reader.buf[this.pos] as number;
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
      this.advance(c);
    }
  }

  private fail(what: string): never {
    throw invalid(this.path, `line ${this.line}, column ${this.column}: ${what}`);
  }

  /** The next record as a parsed object, or null at the end. */
  async next(): Promise<Record<string, unknown> | null> {
    if (this.done) return null;
    let c = await this.peek();
    if (this.format === 'json') {
      if (!this.started) {
        if (c === 0x7b) {
          this.fail(
            'the file holds a single JSON object, not an array of objects. Write the rows as [{...}, {...}] or as JSON Lines (one object per line).',
          );
        }
        if (c !== 0x5b) {
          this.fail(
            `expected an array of objects ([{...}, {...}]) but the file starts with ${kindOfValue(c)}.`,
          );
        }
        this.advance(c);
        this.started = true;
        c = await this.peek();
        if (c === 0x5d) return this.finish();
      } else {
        if (c === 0x5d) return this.finish();
        if (c === -1) this.fail('the array is not closed: the file ends before its "]".');
        if (c !== 0x2c) this.fail(`expected "," or "]" after array element ${this.index - 1}.`);
        this.advance(c);
        c = await this.peek();
      }
      if (c === -1) this.fail('the array is not closed: the file ends before its "]".');
      if (c !== 0x7b) {
        this.fail(
          `element ${this.index} of the array is ${kindOfValue(c)}, not an object. A JSON file must hold an array of objects, one per row.`,
        );
      }
    } else {
      if (c === -1) {
        this.done = true;
        return null;
      }
      if (c !== 0x7b) {
        this.fail(
          `${kindOfValue(c)} where a JSON object was expected. JSON Lines needs one object ({...}) per line.`,
        );
      }
    }
    return this.record();
  }

  private async finish(): Promise<null> {
    this.advance(0x5d);
    const c = await this.peek();
    if (c !== -1) this.fail('unexpected text after the closing "]" of the array.');
    this.done = true;
    return null;
  }

  /** Reads the object starting at pos (string-aware brace matching), then parses it. */
  private async record(): Promise<Record<string, unknown>> {
    const startLine = this.line;
    const startColumn = this.column;
    this.recordLine = startLine;
    let depth = 0;
    let inString = false;
    let i = this.pos;
    for (;;) {
      const buf = this.reader.buf;
      const end = this.reader.len;
      while (i < end) {
        const c = buf[i] as number;
        if (inString) {
          if (c === 0x5c) i++;
          else if (c === 0x22) inString = false;
          else if (c === LF && this.format === 'jsonl') break;
        } else if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) {
          depth--;
          if (depth === 0) break;
        } else if (c === LF && this.format === 'jsonl') break;
        i++;
      }
      if (i < end) {
        if (buf[i] === LF) i--;
        break;
      }
      if (this.reader.eof) {
        i = end - 1;
        break;
      }
      if (end - this.pos >= MAX_ROW_BYTES) throw rowTooLarge(this.path, startLine);
      const offset = i - this.pos;
      await this.reader.refill(this.pos);
      this.pos = 0;
      i = offset;
    }
    const buf = this.reader.buf;
    const s = this.pos;
    const e = Math.min(i + 1, this.reader.len);
    const bad = invalidUtf8At(buf, s, e);
    if (bad >= 0) {
      const lc = lineColumn(buf.toString('latin1', s, bad), bad - s, startLine, startColumn);
      throw invalid(
        this.path,
        `invalid UTF-8 at line ${lc.line}, column ${lc.column} (byte offset ${this.reader.fileOffset + bad} in the file). ` +
          'Save the file as UTF-8 and import it again.',
      );
    }
    const text = buf.toString('utf8', s, e);
    let lastLf = -1;
    for (let p = s; p < e; p++) {
      if (buf[p] === LF) {
        this.line++;
        lastLf = p;
      }
    }
    this.column = lastLf < 0 ? this.column + (e - s) : e - lastLf;
    this.pos = e;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const off = jsonErrorOffset(text);
      const lc = lineColumn(text, Math.max(off, 0), startLine, startColumn);
      throw invalid(
        this.path,
        `invalid JSON at line ${lc.line}, column ${lc.column} (in element ${this.index}): ${(err as Error).message}. Fix the JSON there and import again.`,
      );
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw invalid(this.path, `line ${startLine}: element ${this.index} is not an object.`);
    }
    this.index++;
    return value as Record<string, unknown>;
  }
}
