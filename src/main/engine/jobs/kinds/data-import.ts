import { basename, extname } from 'node:path';
import type { SourceFormat, TaskType } from '../../../../shared/data.js';
import type { DataImportParams } from '../../../../shared/data-jobs.js';
import { AppError } from '../../../../shared/errors.js';
import { importFile } from '../../data/intake/import-file.js';
import type { NewVersion } from '../../data/store/datasets-store.js';
import { persistTable } from '../../data/table/persist.js';
import { checkTarget } from '../../data/task.js';
import { openWorkerData } from '../../data/worker-data.js';
import type { JobContext } from '../job-kind.js';

export interface ImportWorkerResult {
  name: string;
  source: { path: string; format: SourceFormat; bytes: number };
  version: NewVersion;
  warnings: string[];
}

/** Import a file: parse and infer in this worker, store the columns; the commit step records the dataset. */
export async function run(ctx: JobContext<DataImportParams>): Promise<ImportWorkerResult> {
  const p = ctx.params;
  const imported = await importFile(
    {
      path: p.path,
      format: p.format,
      header: p.header,
      ...(p.delimiter ? { delimiter: p.delimiter } : {}),
      ...(p.types ? { types: p.types } : {}),
    },
    { signal: ctx.signal, progress: (f, m) => ctx.progress(f * 0.9, m) },
  );
  const { table } = imported;
  let task: TaskType | null = null;
  if (p.target) {
    const col = table.columns.find((c) => c.name === p.target);
    if (!col) {
      throw new AppError(
        'invalid_input',
        `${p.path}: there is no column "${p.target}" to use as the target. Columns: ${table.columns.map((c) => c.name).join(', ')}.`,
      );
    }
    task = checkTarget(col, col.data, p.task);
  } else if (p.task) {
    throw new AppError('invalid_input', 'A task needs a target column: give --target too.');
  }
  ctx.throwIfCancelled();
  ctx.progress(0.9, 'storing columns');
  const data = openWorkerData(ctx);
  try {
    const { columns, rowIdsBlob } = persistTable(data.columns, table, {
      inferred: imported.inferred,
      evidence: imported.evidence,
      target: p.target ?? null,
    });
    ctx.progress(1, `${table.rowCount.toLocaleString('en-US')} rows, ${columns.length} columns`);
    return {
      name: p.name ?? basename(p.path, extname(p.path)).replace(/^up_[a-z0-9]+-/, ''),
      source: { path: p.path, format: imported.format, bytes: imported.bytes },
      version: {
        parentId: null,
        recipe: null,
        note: `imported from ${basename(p.path)}`,
        rows: table.rowCount,
        columns,
        rowIdsBlob,
        target: p.target ?? null,
        task,
        split: null,
      },
      warnings: imported.warnings,
    };
  } finally {
    data.close();
  }
}
