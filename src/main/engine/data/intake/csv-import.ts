/**
 * Importing a delimited (CSV/TSV) file: sniff the delimiter, header and likely column types from
 * the first rows, then stream the file once through the tokenizer into per-column builders. A
 * column guessed numeric that turns out mostly text is read again (rare: the guess comes from
 * thousands of rows).
 */
import { type Assembled, assemble, type ColumnBuilder, makeBuilder } from './assemble.js';
import { BadUtf8, Demote } from './builder-common.js';
import { type DelimitedInput, type Layout, sniff } from './csv-layout.js';
import { CsvSource } from './csv-source.js';
import { FieldBatch } from './csv-tokenizer.js';
import type { ImportOptions } from './import-file.js';
import { invalid, invalidUtf8, raggedRow } from './intake-errors.js';
import { CHUNK_BYTES } from './limits.js';
import { Prefaulter } from './prefault.js';
import type { Progress } from './progress.js';

const BATCH_ROWS = 1 << 15;

async function readPass(
  input: DelimitedInput,
  layout: Layout,
  progress: Progress,
): Promise<{ builders: ColumnBuilder[]; rows: number }> {
  const src = new CsvSource(
    input.path,
    input.fh,
    input.size,
    input.bom,
    layout.delim.charCodeAt(0),
    CHUNK_BYTES,
  );
  src.names = layout.names;
  const batch = new FieldBatch();
  const memory = Prefaulter.forSize(layout.estimatedRows, layout.names.length);
  const builders = layout.hints.map((h, j) => makeBuilder(h, j, layout.estimatedRows, memory));
  memory.start(layout.estimatedRows);
  try {
    return await readRows(src, batch, builders, layout, progress);
  } finally {
    memory.stop();
  }
}

async function readRows(
  src: CsvSource,
  batch: FieldBatch,
  builders: ColumnBuilder[],
  layout: Layout,
  progress: Progress,
): Promise<{ builders: ColumnBuilder[]; rows: number }> {
  const { names, hasHeader, delim } = layout;
  const ncols = names.length;
  const path = src.path;
  const size = src.reader.size;
  let first = true;
  let rowBase = 0;
  while (await src.next(batch, BATCH_ROWS)) {
    const from = first && hasHeader ? 1 : 0;
    first = false;
    for (let r = from; r < batch.rows; r++) {
      const found = batch.fieldCount(r);
      if (found !== ncols) throw raggedRow(path, batch.rowLine[r] as number, ncols, found, delim);
    }
    for (let j = 0; j < ncols; j++) {
      try {
        (builders[j] as ColumnBuilder).addBatch(batch, j, ncols, from, rowBase);
      } catch (err) {
        if (err instanceof BadUtf8) throw invalidUtf8(path, err.line, j, err.byteOffset, names[j]);
        throw err;
      }
    }
    rowBase += batch.rows - from;
    progress.checkCancelled();
    progress.report(src.bytesRead / size, `read ${rowBase.toLocaleString('en-US')} rows`);
  }
  return { builders, rows: rowBase };
}

export async function importDelimited(
  input: DelimitedInput,
  opts: ImportOptions,
  progress: Progress,
): Promise<Assembled & { delimiter: string }> {
  const layout = await sniff(input, opts);
  for (let attempt = 0; ; attempt++) {
    let pass: { builders: ColumnBuilder[]; rows: number };
    try {
      pass = await readPass(input, layout, progress);
    } catch (err) {
      if (!(err instanceof Demote)) throw err;
      layout.hints[err.column] = 'string';
      progress.restart();
      continue;
    }
    if (pass.rows === 0) {
      throw invalid(
        input.path,
        'the file has a header row but no data rows. Add rows below the header, or import another file.',
      );
    }
    const out = assemble(pass.builders, layout.names, pass.rows, opts.types);
    if ('table' in out) return { ...out, delimiter: layout.delim };
    for (const j of out.reread) layout.hints[j] = 'string';
    if (attempt > layout.names.length) throw new Error('importDelimited: column types did not settle');
    progress.restart();
  }
}
