import type { LoadTestInput } from '../../../../shared/contract-evaluate.js';
import type { EvaluationReport } from '../../../../shared/evaluate.js';

/** One model version as the evaluation job needs it. */
export interface VersionRef {
  modelName: string;
  version: number;
  /** Artifact folder, relative to the workspace. */
  artifactDir: string;
}

/** Parameters of an `evaluate` job (made by the evaluate.start handler). */
export interface EvaluateJobParams {
  evaluationId: string;
  candidate: VersionRef;
  /** The production version to compare with (null when none, or when it is the candidate). */
  production: VersionRef | null;
  run: { versionId: string; testVersionId: string | null; seed: number };
  datasetVersionId: string | null;
  robustness: boolean;
  /** Also measure the production version's robustness (the policy compares robustness with production). */
  productionRobustness: boolean;
  load: LoadTestInput | null;
  threshold: number | null;
}

/** What the worker hands to the commit step: the report without its gate verdict (judged there). */
export type EvaluateWorkerResult = Omit<EvaluationReport, 'gate' | 'createdAt'>;
