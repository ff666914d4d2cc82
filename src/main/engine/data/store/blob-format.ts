/**
 * The binary format of one stored column (or row-id / split array), content-addressed by the
 * sha256 of these bytes:
 *   "AIFC" | u32 format version | u32 header length | header JSON | pad to 8 | sections (8-aligned)
 * The header names each section's offset and length, so a reader can fetch a row range with a
 * few positioned reads instead of loading the column.
 */
import type { ColumnData } from '../table/types.js';

export const MAGIC = 'AIFC';
export const FORMAT_VERSION = 1;

export type BlobData =
  | ColumnData
  | { storage: 'int32'; values: Int32Array }
  | { storage: 'uint8'; values: Uint8Array };
export type BlobKind = BlobData['storage'];

export interface SectionInfo {
  name: string;
  offset: number;
  byteLength: number;
}

export interface BlobHeader {
  kind: BlobKind;
  length: number;
  sections: SectionInfo[];
  dictionary?: string[];
}

function sectionsOf(data: BlobData): { name: string; view: ArrayBufferView }[] {
  switch (data.storage) {
    case 'number':
      return [{ name: 'values', view: data.values }];
    case 'dict':
      return [{ name: 'codes', view: data.codes }];
    case 'text':
      return [
        { name: 'offsets', view: data.offsets },
        { name: 'missing', view: data.missing },
        { name: 'bytes', view: data.bytes },
      ];
    case 'int32':
    case 'uint8':
      return [{ name: 'values', view: data.values }];
  }
}

function lengthOf(data: BlobData): number {
  switch (data.storage) {
    case 'number':
    case 'int32':
    case 'uint8':
      return data.values.length;
    case 'dict':
      return data.codes.length;
    case 'text':
      return data.missing.length;
  }
}

const align8 = (n: number) => (n + 7) & ~7;

/**
 * The blob as a list of byte chunks (the header, then each section's own bytes and padding),
 * so a writer can hash and write the sections in place without copying them into one buffer.
 */
export function blobChunks(data: BlobData): { chunks: Uint8Array[]; total: number } {
  const parts = sectionsOf(data);
  // Header offsets depend on the header's own length: compute with placeholder offsets, then fix.
  const build = (base: number): BlobHeader => {
    let offset = base;
    const sections = parts.map((p) => {
      const s = { name: p.name, offset, byteLength: p.view.byteLength };
      offset = align8(offset + p.view.byteLength);
      return s;
    });
    return {
      kind: data.storage,
      length: lengthOf(data),
      sections,
      ...(data.storage === 'dict' ? { dictionary: data.dictionary } : {}),
    };
  };
  let base = 0;
  for (let i = 0; i < 4; i++) {
    const next = align8(12 + Buffer.byteLength(JSON.stringify(build(base))));
    if (next === base) break;
    base = next;
  }
  const header = build(base);
  const headerJson = JSON.stringify(header);
  const prefix = Buffer.alloc(base);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(FORMAT_VERSION, 4);
  prefix.writeUInt32LE(Buffer.byteLength(headerJson), 8);
  prefix.write(headerJson, 12, 'utf8');
  const chunks: Uint8Array[] = [prefix];
  const zeros = new Uint8Array(8);
  let total = base;
  parts.forEach((p) => {
    const bytes = new Uint8Array(p.view.buffer, p.view.byteOffset, p.view.byteLength);
    chunks.push(bytes);
    const pad = align8(bytes.byteLength) - bytes.byteLength;
    if (pad) chunks.push(zeros.subarray(0, pad));
    total += bytes.byteLength + pad;
  });
  return { chunks, total };
}

/** Serialise to one Buffer (little-endian, as typed arrays are on every platform we run on). */
export function encodeBlob(data: BlobData): Buffer {
  const { chunks, total } = blobChunks(data);
  return Buffer.concat(chunks, total);
}

export function parseHeader(prefix: Buffer): { header: BlobHeader; headerEnd: number } {
  if (prefix.length < 12 || prefix.toString('latin1', 0, 4) !== MAGIC)
    throw new Error('not an AI Factory column file');
  const version = prefix.readUInt32LE(4);
  if (version !== FORMAT_VERSION)
    throw new Error(`column file format ${version} is newer than this app understands`);
  const len = prefix.readUInt32LE(8);
  if (prefix.length < 12 + len) throw new Error('column file header is truncated');
  return { header: JSON.parse(prefix.toString('utf8', 12, 12 + len)) as BlobHeader, headerEnd: 12 + len };
}

/** Typed-array views over a whole blob (no copy when the buffer is 8-byte aligned). */
export function decodeBlob(buf: Buffer): BlobData {
  const { header } = parseHeader(buf);
  const aligned = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
  const section = (name: string) => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`column file lacks section ${name}`);
    return { byteOffset: aligned.byteOffset + s.offset, byteLength: s.byteLength };
  };
  const ab = aligned.buffer;
  const n = header.length;
  switch (header.kind) {
    case 'number': {
      const s = section('values');
      return { storage: 'number', values: new Float64Array(ab, s.byteOffset, n) };
    }
    case 'dict': {
      const s = section('codes');
      return {
        storage: 'dict',
        codes: new Int32Array(ab, s.byteOffset, n),
        dictionary: header.dictionary ?? [],
      };
    }
    case 'text': {
      const o = section('offsets');
      const m = section('missing');
      const b = section('bytes');
      return {
        storage: 'text',
        offsets: new Uint32Array(ab, o.byteOffset, n + 1),
        missing: new Uint8Array(ab, m.byteOffset, n),
        bytes: new Uint8Array(ab, b.byteOffset, b.byteLength),
      };
    }
    case 'int32': {
      const s = section('values');
      return { storage: 'int32', values: new Int32Array(ab, s.byteOffset, n) };
    }
    case 'uint8': {
      const s = section('values');
      return { storage: 'uint8', values: new Uint8Array(ab, s.byteOffset, n) };
    }
  }
}
