import { evaluateVersion } from '../../evaluate/run/evaluate-version.js';
import type { EvaluateJobParams, EvaluateWorkerResult } from '../../evaluate/run/job-params.js';
import type { JobContext } from '../job-kind.js';

/** An evaluation of a model version (see evaluate/run/evaluate-version.ts); the commit step judges the gate. */
export function run(ctx: JobContext<EvaluateJobParams>): Promise<EvaluateWorkerResult> {
  return evaluateVersion(ctx);
}
