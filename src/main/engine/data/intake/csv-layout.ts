/**
 * The layout of a delimited file, read from its first rows: delimiter, header, column names, how
 * each column is best read (numbers, dates or text) and about how many rows the file has.
 */
import type { FileHandle } from 'node:fs/promises';
import type { ColumnType } from '../../../../shared/data.js';
import { hintWithOverride } from './assemble.js';
import { checkColumnNames } from './column-names.js';
import {
  analyzeSample,
  detectDelimiter,
  fieldBytes,
  hintFor,
  looksLikeHeader,
  type ReadHint,
} from './csv-sniff.js';
import { CsvSource } from './csv-source.js';
import { FieldBatch } from './csv-tokenizer.js';
import type { ImportOptions } from './import-file.js';
import { countKind, type KindCounts } from './infer-type.js';
import { invalid, invalidUtf8 } from './intake-errors.js';
import { MAX_COLUMNS, SAMPLE_ROWS } from './limits.js';
import { decodeUtf8, decodeUtf8Strict, invalidUtf8At } from './utf8.js';
import { classify, K_DATETIME, K_FLOAT, K_INT, type Kind } from './value-parse.js';

export interface DelimitedInput {
  path: string;
  fh: FileHandle;
  size: number;
  /** The first bytes of the file (up to CHUNK_BYTES). */
  head: Buffer;
  /** Length of the UTF-8 BOM (0 or 3). */
  bom: number;
  preferTab: boolean;
}

export interface Layout {
  delim: string;
  hasHeader: boolean;
  names: string[];
  hints: ReadHint[];
  estimatedRows: number;
}

function parseDelimiter(path: string, d: string | undefined): string | undefined {
  if (d === undefined || d === '') return undefined;
  const v = d === '\\t' || d.toLowerCase() === 'tab' ? '\t' : d;
  if (v.length !== 1 || v.charCodeAt(0) > 127 || v === '"' || v === '\n' || v === '\r') {
    throw invalid(
      path,
      `the delimiter ${JSON.stringify(d)} cannot be used: give one ASCII character such as , ; | or tab.`,
    );
  }
  return v;
}

/** The first row's values, to name columns in errors met while sampling (before the header is decided). */
async function provisionalNames(input: DelimitedInput, delim: string): Promise<string[] | undefined> {
  const src = new CsvSource(input.path, input.fh, input.size, input.bom, delim.charCodeAt(0), 64 * 1024);
  const batch = new FieldBatch(1 << 14, 4);
  try {
    if (!(await src.next(batch, 1))) return undefined;
  } catch {
    return undefined;
  }
  const names: string[] = [];
  for (let k = 0; k < batch.fieldCount(0); k++) {
    const f = fieldBytes(batch, k);
    const kind = classify(f.buf, f.s, f.e);
    if (kind === K_INT || kind === K_FLOAT || kind === K_DATETIME) return undefined;
    names.push(decodeUtf8(f.buf, f.s, f.e));
  }
  return names;
}

/** The delimiter, header, names and read hints from the first rows. */
export async function sniff(input: DelimitedInput, opts: ImportOptions): Promise<Layout> {
  const { path, head, bom, size } = input;
  const delim =
    parseDelimiter(path, opts.delimiter) ??
    detectDelimiter(head, bom, head.length, head.length >= size, input.preferTab);
  const src = new CsvSource(path, input.fh, size, bom, delim.charCodeAt(0));
  if (opts.header !== 'no') src.names = await provisionalNames(input, delim);
  const batch = new FieldBatch();
  if (!(await src.next(batch, SAMPLE_ROWS + 1))) {
    throw invalid(
      path,
      'the file is empty: it holds no rows. Choose a file with a header row and data rows.',
    );
  }
  const ncols = batch.fieldCount(0);
  if (ncols > MAX_COLUMNS) {
    throw invalid(
      path,
      `the first row has ${ncols.toLocaleString('en-US')} fields; at most ${MAX_COLUMNS.toLocaleString('en-US')} columns are supported. ` +
        'Check the delimiter, or split the file into narrower tables.',
    );
  }
  let rows = batch.rows;
  for (let r = 1; r < rows; r++) {
    const found = batch.fieldCount(r);
    if (found !== ncols) {
      // Judge the header on the rows before the bad one; the main pass reports the bad row.
      rows = r;
      break;
    }
  }
  const cellBudget = Math.max(2, Math.floor(2_000_000 / ncols));
  const sample = analyzeSample(batch, ncols, Math.min(rows, cellBudget));
  const hasHeader =
    opts.header === 'yes'
      ? true
      : opts.header === 'no'
        ? false
        : looksLikeHeader(sample, Math.min(rows, cellBudget));
  let names: string[];
  if (hasHeader) {
    names = [];
    for (let j = 0; j < ncols; j++) {
      const f = fieldBytes(batch, j);
      const bad = invalidUtf8At(f.buf, f.s, f.e);
      if (bad >= 0) throw invalidUtf8(path, 1, j, batch.fileOffset + (batch.starts[j] as number) + bad);
      names.push(decodeUtf8Strict(f.buf, f.s, f.e).trim());
    }
    checkColumnNames(path, names);
  } else {
    names = Array.from({ length: ncols }, (_, j) => `column_${j + 1}`);
  }
  const counts = sample.counts;
  if (!hasHeader) {
    for (let j = 0; j < ncols; j++) countKind(counts[j] as KindCounts, sample.firstKinds[j] as Kind, 1);
  }
  const types = opts.types ?? {};
  for (const key of Object.keys(types)) {
    if (!names.includes(key)) {
      throw invalid(
        path,
        `a type is given for column "${key}", which the file does not have. Columns: ${names.join(', ')}.`,
      );
    }
  }
  const hints = counts.map((c, j) =>
    hintWithOverride(hintFor(c), types[names[j] as string] as ColumnType | undefined),
  );
  const consumed = Math.max(1, src.consumed - bom);
  const bytesPerRow = consumed / Math.max(1, batch.rows);
  const estimatedRows =
    batch.rows <= SAMPLE_ROWS && src.reader.eof
      ? batch.rows
      : Math.ceil(((size - bom) / bytesPerRow) * 1.03) + 1024;
  return { delim, hasHeader, names, hints, estimatedRows };
}
