import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { ColumnData } from '../table/types.js';
import { type BlobData, type BlobHeader, decodeBlob, encodeBlob, parseHeader } from './blob-format.js';

export interface PutResult {
  hash: string;
  bytes: number;
}

/**
 * Content-addressed column files under artifacts/columns/<sha256>.col. Files are immutable:
 * a version is a list of hashes, so a recipe that changes one column stores one new file and
 * shares the rest with its parent. Writes go to a temp file, then an atomic rename.
 */
export class ColumnStore {
  private readonly headers = new Map<string, { header: BlobHeader; headerEnd: number }>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  pathOf(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new AppError('invalid_input', `not a column address: ${hash}`);
    return join(this.dir, `${hash}.col`);
  }

  has(hash: string): boolean {
    return existsSync(this.pathOf(hash));
  }

  put(data: BlobData): PutResult {
    const buf = encodeBlob(data);
    const hash = createHash('sha256').update(buf).digest('hex');
    const path = this.pathOf(hash);
    if (!existsSync(path)) {
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, buf);
      renameSync(tmp, path);
    }
    return { hash, bytes: buf.byteLength };
  }

  /** The whole blob as typed arrays. */
  get(hash: string): BlobData {
    const path = this.pathOf(hash);
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (err) {
      throw new AppError('not_found', `column data ${hash.slice(0, 12)}… is missing from ${this.dir}: ${(err as Error).message}. Run a workspace check.`);
    }
    return decodeBlob(buf);
  }

  getColumn(hash: string): ColumnData {
    const d = this.get(hash);
    if (d.storage === 'int32' || d.storage === 'uint8') throw new Error(`blob ${hash} is not a column`);
    return d;
  }

  getInt32(hash: string): Int32Array {
    const d = this.get(hash);
    if (d.storage !== 'int32') throw new Error(`blob ${hash} is not an int32 array`);
    return d.values;
  }

  getUint8(hash: string): Uint8Array {
    const d = this.get(hash);
    if (d.storage !== 'uint8') throw new Error(`blob ${hash} is not a uint8 array`);
    return d.values;
  }

  header(hash: string): { header: BlobHeader; headerEnd: number } {
    const cached = this.headers.get(hash);
    if (cached) return cached;
    const fd = openSync(this.pathOf(hash), 'r');
    try {
      const first = Buffer.alloc(12);
      readSync(fd, first, 0, 12, 0);
      const len = first.readUInt32LE(8);
      const all = Buffer.alloc(12 + len);
      readSync(fd, all, 0, 12 + len, 0);
      const parsed = parseHeader(all);
      if (this.headers.size > 4096) this.headers.clear();
      this.headers.set(hash, parsed);
      return parsed;
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Rows [start, start+count) of a stored column, with a few positioned reads (no full load):
   * what the table view and the labeling queue use on million-row versions.
   */
  readRange(hash: string, start: number, count: number): BlobData {
    const { header } = this.header(hash);
    const n = header.length;
    const from = Math.max(0, Math.min(start, n));
    const to = Math.max(from, Math.min(start + count, n));
    const len = to - from;
    const fd = openSync(this.pathOf(hash), 'r');
    try {
      const read = (section: string, byteStart: number, byteLen: number): Buffer => {
        const s = header.sections.find((x) => x.name === section);
        if (!s) throw new Error(`column file lacks section ${section}`);
        const b = Buffer.alloc(byteLen);
        if (byteLen > 0) readSync(fd, b, 0, byteLen, s.offset + byteStart);
        return b;
      };
      switch (header.kind) {
        case 'number': {
          const b = read('values', from * 8, len * 8);
          return { storage: 'number', values: new Float64Array(b.buffer, b.byteOffset, len) };
        }
        case 'int32':
        case 'dict': {
          const b = read(header.kind === 'dict' ? 'codes' : 'values', from * 4, len * 4);
          const values = new Int32Array(b.buffer, b.byteOffset, len);
          return header.kind === 'dict'
            ? { storage: 'dict', codes: values, dictionary: header.dictionary ?? [] }
            : { storage: 'int32', values };
        }
        case 'uint8': {
          const b = read('values', from, len);
          return { storage: 'uint8', values: new Uint8Array(b.buffer, b.byteOffset, len) };
        }
        case 'text': {
          const ob = read('offsets', from * 4, (len + 1) * 4);
          const offs = new Uint32Array(ob.buffer, ob.byteOffset, len + 1);
          const base = offs[0] ?? 0;
          const end = offs[len] ?? base;
          const bytes = read('bytes', base, end - base);
          const offsets = new Uint32Array(len + 1);
          for (let i = 0; i <= len; i++) offsets[i] = (offs[i] ?? base) - base;
          const mb = read('missing', from, len);
          return {
            storage: 'text',
            offsets,
            missing: new Uint8Array(mb.buffer, mb.byteOffset, len),
            bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          };
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  sizeOf(hash: string): number {
    return statSync(this.pathOf(hash)).size;
  }
}
