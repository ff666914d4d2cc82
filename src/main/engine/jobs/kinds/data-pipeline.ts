import type { FeaturePipeline } from '../../../../shared/data.js';
import type { DataPipelineParams } from '../../../../shared/data-jobs.js';
import { configKey } from '../../data/config-key.js';
import { fitPipeline } from '../../data/pipeline/fit-pipeline.js';
import { loadTable } from '../../data/table/load.js';
import { openWorkerData } from '../../data/worker-data.js';
import type { JobContext } from '../job-kind.js';

/** Fit the feature pipeline on the version's train split (all rows when it has no split). */
export async function run(
  ctx: JobContext<DataPipelineParams>,
): Promise<{ versionId: string; key: string; pipeline: FeaturePipeline }> {
  const data = openWorkerData(ctx);
  try {
    const v = data.datasets.requireVersion(ctx.params.versionId);
    const table = loadTable(data.columns, v);
    const assignment = v.split ? data.columns.getUint8(v.split.blob) : null;
    const pipeline = fitPipeline(
      table,
      { versionId: v.id, columns: v.columns, target: v.target, task: v.task },
      assignment,
      ctx.params.options,
    );
    return { versionId: v.id, key: `${configKey(v)}:${JSON.stringify(ctx.params.options)}`, pipeline };
  } finally {
    data.close();
  }
}
