import type { ImproveDatasetWorkerResult } from '../../monitor/improve/dataset/params.js';
import { runImproveDataset } from '../../monitor/improve/dataset/run-improve-dataset.js';
import type { JobContext } from '../job-kind.js';

/**
 * A new dataset version for the improvement loop: the champion's training data plus the model's
 * labeled production rows; the commit step (improveDatasetCommit) records it.
 */
export async function run(ctx: JobContext<unknown>): Promise<ImproveDatasetWorkerResult> {
  return runImproveDataset(ctx);
}
