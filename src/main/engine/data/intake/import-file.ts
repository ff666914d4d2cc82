/**
 * Import a CSV, TSV, JSON (array of objects) or JSON Lines file into a Table, streaming it in
 * chunks: parse, infer each column's type (see infer-type.ts) and convert. Errors are
 * AppError('invalid_input') naming the file, line and column; cancel through hooks.signal.
 */
import { type FileHandle, open } from 'node:fs/promises';
import type { ColumnType, InferenceEvidence, SourceFormat } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Table } from '../table/types.js';
import { importDelimited } from './csv-import.js';
import { bomLength, checkPath, checkText, detectFormat } from './file-sniff.js';
import { invalid } from './intake-errors.js';
import { importJson } from './json-import.js';
import { CHUNK_BYTES } from './limits.js';
import { Progress } from './progress.js';

export interface ImportOptions {
  path: string;
  format: 'auto' | SourceFormat;
  /** CSV delimiter; detected when absent. */
  delimiter?: string;
  header: 'auto' | 'yes' | 'no';
  /** Type overrides by column name (applied instead of inference). */
  types?: Record<string, ColumnType>;
}

export interface ImportHooks {
  signal: AbortSignal;
  progress(fraction: number, message: string): void;
}

export interface ImportedTable {
  /** rowIds are 0..n-1. */
  table: Table;
  format: SourceFormat;
  bytes: number;
  /** What inference chose per column, before overrides. */
  inferred: Record<string, ColumnType>;
  evidence: Record<string, InferenceEvidence>;
  warnings: string[];
}

export async function importFile(opts: ImportOptions, hooks: ImportHooks): Promise<ImportedTable> {
  const { path } = opts;
  const size = await checkPath(path);
  const progress = new Progress(hooks);
  progress.checkCancelled();
  if (size === 0)
    throw invalid(path, 'the file is empty (0 bytes). Choose a file with a header row and data rows.');
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw new AppError(
      'invalid_input',
      `Cannot open ${path}: ${(err as Error).message}. Check the file's permissions.`,
    );
  }
  try {
    const head = Buffer.allocUnsafe(Math.min(size, CHUNK_BYTES));
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const first = head.subarray(0, bytesRead);
    checkText(path, first);
    const bom = bomLength(first);
    let onlySpace = true;
    for (let i = bom; i < first.length && onlySpace; i++) {
      const c = first[i] as number;
      onlySpace = c === 32 || c === 9 || c === 10 || c === 13;
    }
    if (onlySpace && bytesRead >= size) {
      throw invalid(
        path,
        'the file is empty: it holds no rows. Choose a file with a header row and data rows.',
      );
    }
    const format = opts.format === 'auto' ? detectFormat(path, first, bom) : opts.format;
    progress.report(0, `reading ${format.toUpperCase()}`, true);
    if (format === 'json' || format === 'jsonl') {
      const out = await importJson({ path, fh, size, bom, format }, opts, progress);
      progress.report(1, `${out.table.rowCount.toLocaleString('en-US')} rows`, true);
      return { ...out, format, bytes: size };
    }
    const out = await importDelimited(
      { path, fh, size, head: first, bom, preferTab: format === 'tsv' },
      opts,
      progress,
    );
    progress.report(1, `${out.table.rowCount.toLocaleString('en-US')} rows`, true);
    const { delimiter, ...rest } = out;
    return { ...rest, format: delimiter === '\t' ? 'tsv' : 'csv', bytes: size };
  } finally {
    await fh.close();
  }
}
