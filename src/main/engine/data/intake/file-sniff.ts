/** Before parsing: does the path name a readable file, is it text, and which format is it? */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceFormat } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { invalid } from './intake-errors.js';

export async function checkPath(path: string): Promise<number> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppError(
        'invalid_input',
        `File not found: ${path}. Check the path and choose an existing CSV, TSV, JSON or JSON Lines file.`,
      );
    }
    throw new AppError(
      'invalid_input',
      `Cannot read ${path}: ${(err as Error).message}. Check the file's permissions.`,
    );
  }
  if (st.isDirectory()) {
    throw new AppError(
      'invalid_input',
      `${path} is a folder, not a file. Choose a CSV, TSV, JSON or JSON Lines file inside it.`,
    );
  }
  if (!st.isFile())
    throw new AppError(
      'invalid_input',
      `${path} is not a regular file. Choose a CSV, TSV, JSON or JSON Lines file.`,
    );
  return st.size;
}

const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip-compressed', [0x1f, 0x8b]],
  ['a ZIP archive (or an Excel .xlsx workbook)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a Parquet file', [0x50, 0x41, 0x52, 0x31]],
  ['bzip2-compressed', [0x42, 0x5a, 0x68]],
  ['xz-compressed', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['an old Excel .xls workbook', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Refuses binary and UTF-16/32 content, judging by the first bytes. */
export function checkText(path: string, head: Uint8Array): void {
  if (head[0] === 0xff && head[1] === 0xfe) {
    throw invalid(path, 'the file is UTF-16 encoded. Save it as UTF-8 (CSV UTF-8) and import it again.');
  }
  if (head[0] === 0xfe && head[1] === 0xff) {
    throw invalid(path, 'the file is UTF-16 (big-endian) encoded. Save it as UTF-8 and import it again.');
  }
  for (const [what, bytes] of MAGIC) {
    if (bytes.every((b, i) => head[i] === b)) {
      throw invalid(
        path,
        `looks like a binary file (${what}), not CSV, TSV, JSON or JSON Lines text. ` +
          'Export or decompress the data to a CSV file first.',
      );
    }
  }
  const n = Math.min(head.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    if (head[i] === 0) {
      throw invalid(
        path,
        `looks like a binary file (it holds a NUL byte at byte offset ${i}), not CSV, TSV, JSON or JSON Lines text. ` +
          'Export the data to a CSV file first.',
      );
    }
  }
}

/** Length of a UTF-8 byte-order mark at the start (0 or 3). */
export function bomLength(head: Uint8Array): number {
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
}

function firstNonSpace(head: Uint8Array, from: number): number {
  let i = from;
  while (i < head.length) {
    const c = head[i] as number;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return c;
    i++;
  }
  return -1;
}

/** The format from the extension, else from the content's first character. */
export function detectFormat(path: string, head: Uint8Array, bom: number): SourceFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  const c = firstNonSpace(head, bom);
  if (ext === '.json' || c === 0x5b || c === 0x7b) {
    if (c === 0x5b) return 'json';
    if (c === 0x7b) return looksLikeJsonLines(head, bom) ? 'jsonl' : 'json';
    if (ext === '.json') return 'json';
  }
  return 'csv';
}

/** '{' … '}' then a newline and another '{': one object per line. */
function looksLikeJsonLines(head: Uint8Array, bom: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = bom; i < head.length; i++) {
    const c = head[i] as number;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) {
        let j = i + 1;
        while (j < head.length && (head[j] === 32 || head[j] === 9 || head[j] === 13)) j++;
        if (j >= head.length) return false;
        if (head[j] !== 10) return false;
        return firstNonSpace(head, j) === 0x7b;
      }
    } else if (c === 10 && depth > 0) {
      return false;
    }
  }
  return false;
}
