import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { Table } from '../table/types.js';
import { ByteSink } from './byte-sink.js';
import { escapeField, fieldWriter } from './csv-field.js';
import { exportError, pathError } from './fs-errors.js';

export interface ExportOptions {
  /** Effective label per row id, written as an extra column `labelColumn`. */
  labels?: (rowId: number) => string | null;
  /** Name of the label column (default "label"). */
  labelColumn?: string;
  /** Field delimiter: one ASCII character (default ","). */
  delimiter?: string;
  /** Record separator (default CRLF, as RFC 4180 says). */
  newline?: '\r\n' | '\n';
  signal?: AbortSignal;
  progress?(fraction: number, message: string): void;
}

/** Bytes gathered before each write to disk. */
const CHUNK_BYTES = 1 << 20;

async function checkTarget(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw pathError('EISDIR', path);
  const folder = await stat(dirname(path)).catch((e: unknown) => {
    throw exportError(e, path);
  });
  if (!folder.isDirectory()) throw pathError('ENOTDIR', path);
}

function checkOptions(table: Table, delimiter: string, labelColumn: string | null): void {
  const code = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || code > 127 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new AppError(
      'invalid_input',
      `The delimiter must be one ASCII character other than a quote or a line break, not ${JSON.stringify(delimiter)}.`,
    );
  }
  if (labelColumn !== null && table.columns.some((c) => c.name === labelColumn)) {
    throw new AppError(
      'invalid_input',
      `The data already has a column "${labelColumn}"; choose another name for the label column.`,
    );
  }
}

const cancelled = () => new AppError('cancelled', 'The export was cancelled; no file was written.');

/**
 * Write the table as RFC 4180 CSV (UTF-8, header row), atomically: rows stream in ~1 MB chunks to
 * `path.partial`, which is renamed to `path` at the end and removed on error or cancel.
 * Missing values are empty fields; when the CSV has a single column, a missing value is written as
 * "" so the row does not become a blank line that readers skip.
 */
export async function exportCsv(
  table: Table,
  path: string,
  opts: ExportOptions = {},
): Promise<{ rows: number; bytes: number }> {
  const delimiter = opts.delimiter ?? ',';
  const labelColumn = opts.labels ? (opts.labelColumn ?? 'label') : null;
  checkOptions(table, delimiter, labelColumn);
  await checkTarget(path);
  const delim = delimiter.charCodeAt(0);
  const newline = Buffer.from(opts.newline ?? '\r\n', 'latin1');
  const writers = table.columns.map((c) => fieldWriter(c, delimiter));
  const labels = opts.labels;
  const lone = writers.length + (labelColumn !== null ? 1 : 0) === 1;
  const header = [...table.columns.map((c) => c.name), ...(labelColumn !== null ? [labelColumn] : [])];
  const partial = `${path}.partial`;
  const sink = new ByteSink(CHUNK_BYTES + (1 << 16));
  let fh: FileHandle | null = null;
  let bytes = 0;
  const flush = async (file: FileHandle) => {
    const chunk = sink.take();
    await file.write(chunk, 0, chunk.length);
    bytes += chunk.length;
  };
  try {
    fh = await open(partial, 'w');
    sink.utf8(header.map((h) => escapeField(h, delimiter)).join(delimiter));
    sink.bytes(newline);
    const n = table.rowCount;
    for (let i = 0; i < n; i++) {
      const start = sink.at;
      for (let k = 0; k < writers.length; k++) {
        if (k > 0) sink.byte(delim);
        (writers[k] as (i: number, s: ByteSink) => void)(i, sink);
      }
      if (labels) {
        if (writers.length > 0) sink.byte(delim);
        const label = labels(table.rowIds[i] as number);
        if (label !== null) sink.utf8(escapeField(label, delimiter));
      }
      if (lone && sink.at === start) sink.ascii('""');
      sink.bytes(newline);
      if (sink.at >= CHUNK_BYTES) {
        if (opts.signal?.aborted) throw cancelled();
        await flush(fh);
        opts.progress?.((i + 1) / n, `${i + 1} of ${n} rows written`);
      }
    }
    if (opts.signal?.aborted) throw cancelled();
    await flush(fh);
    await fh.close();
    fh = null;
    await rename(partial, path);
    opts.progress?.(1, `${n} rows written`);
    return { rows: n, bytes };
  } catch (err) {
    await fh?.close().catch(() => undefined);
    await unlink(partial).catch(() => undefined);
    throw exportError(err, path);
  }
}
