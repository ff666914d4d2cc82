import type { DataExportParams } from '../../../../shared/data-jobs.js';
import { exportCsv } from '../../data/export/export-csv.js';
import { loadTable } from '../../data/table/load.js';
import { openWorkerData } from '../../data/worker-data.js';
import type { JobContext } from '../job-kind.js';

/** Write a version (and its rows' effective labels) to a CSV file. */
export async function run(
  ctx: JobContext<DataExportParams>,
): Promise<{ path: string; rows: number; bytes: number; labeled: number }> {
  const data = openWorkerData(ctx);
  try {
    const v = data.datasets.requireVersion(ctx.params.versionId);
    const table = loadTable(data.columns, v);
    const labels = ctx.params.includeLabels
      ? data.labels.effectiveLabels(v.datasetId)
      : new Map<number, string>();
    const res = await exportCsv(table, ctx.params.path, {
      ...(labels.size > 0
        ? { labels: (rowId: number) => labels.get(rowId) ?? null, labelColumn: 'label' }
        : {}),
      signal: ctx.signal,
      progress: (f, m) => ctx.progress(f, m),
    });
    return { path: ctx.params.path, rows: res.rows, bytes: res.bytes, labeled: labels.size };
  } finally {
    data.close();
  }
}
