import type { SplitInfo } from '../../../../shared/data.js';
import type { DataSplitParams } from '../../../../shared/data-jobs.js';
import { computeSplit } from '../../data/split/compute-split.js';
import { loadTable } from '../../data/table/load.js';
import { openWorkerData } from '../../data/worker-data.js';
import { nowIso } from '../../util/ids.js';
import type { JobContext } from '../job-kind.js';

/** Assign every row of a version to train / validation / test. */
export async function run(
  ctx: JobContext<DataSplitParams>,
): Promise<{ versionId: string; split: SplitInfo }> {
  const data = openWorkerData(ctx);
  try {
    const v = data.datasets.requireVersion(ctx.params.versionId);
    const spec = ctx.params.spec;
    const needed = [v.target, spec.timeColumn].filter((c): c is string => Boolean(c));
    const table = loadTable(data.columns, v, needed);
    const target = v.target && v.task ? { name: v.target, task: v.task } : null;
    const assignment = computeSplit(table, spec, target);
    const counts = { train: 0, validation: 0, test: 0 };
    for (const a of assignment) {
      if (a === 0) counts.train++;
      else if (a === 1) counts.validation++;
      else counts.test++;
    }
    const { hash } = data.columns.put({ storage: 'uint8', values: assignment });
    return { versionId: v.id, split: { spec, blob: hash, counts, createdAt: nowIso() } };
  } finally {
    data.close();
  }
}
