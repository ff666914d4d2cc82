import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writevSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { ColumnData } from '../table/types.js';
import { type BlobData, type BlobHeader, blobChunks, decodeBlob, parseHeader } from './blob-format.js';

/** The chunks still to write after `written` bytes of them went out. */
function dropWritten(chunks: Uint8Array[], written: number): Uint8Array[] {
  let n = written;
  let i = 0;
  while (i < chunks.length && n >= (chunks[i] as Uint8Array).byteLength) {
    n -= (chunks[i] as Uint8Array).byteLength;
    i++;
  }
  const rest = chunks.slice(i);
  if (n > 0 && rest[0]) rest[0] = rest[0].subarray(n);
  return rest;
}

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
    // Hash and write the sections where they are: no copy of the column into one buffer.
    const { chunks, total } = blobChunks(data);
    const h = createHash('sha256');
    for (const c of chunks) h.update(c);
    const hash = h.digest('hex');
    const path = this.pathOf(hash);
    if (!existsSync(path)) {
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const fd = openSync(tmp, 'w');
      try {
        let left = chunks;
        while (left.length) {
          const written = writevSync(fd, left);
          left = dropWritten(left, written);
        }
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    }
    return { hash, bytes: total };
  }

  /** The whole blob as typed arrays. */
  get(hash: string): BlobData {
    const path = this.pathOf(hash);
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (err) {
      throw new AppError(
        'not_found',
        `column data ${hash.slice(0, 12)}… is missing from ${this.dir}: ${(err as Error).message}. Run a workspace check.`,
      );
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
    const fd = this.fdOf(hash);
    {
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
    }
  }

  /** Open files for positioned reads, kept open (files are immutable), at most 128. */
  private readonly fds = new Map<string, number>();

  private fdOf(hash: string): number {
    const open = this.fds.get(hash);
    if (open !== undefined) {
      this.fds.delete(hash);
      this.fds.set(hash, open);
      return open;
    }
    const fd = openSync(this.pathOf(hash), 'r');
    this.fds.set(hash, fd);
    if (this.fds.size > 128) {
      const [oldest, oldFd] = this.fds.entries().next().value as [string, number];
      this.fds.delete(oldest);
      closeSync(oldFd);
    }
    return fd;
  }

  /** Close the files kept open for reads. */
  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  sizeOf(hash: string): number {
    return statSync(this.pathOf(hash)).size;
  }
}
