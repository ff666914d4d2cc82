import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { Stage } from '../../../../shared/serve.js';
import type { ModelVersionRecord } from '../../../../shared/train.js';

/** The files a version needs to be served (written by training; see register-model.ts). */
export const SERVED_FILES = [
  'model.json',
  'weights.bin',
  'pipeline.json',
  'input-schema.json',
  'metadata.json',
] as const;

export interface PromotionGateDeps {
  /** The workspace folder (artifact folders are relative to it). */
  workspaceDir: string;
  /**
   * The evaluation gate (evaluate/gate/promotion-check.ts): why the version may not go to
   * production, or null. Absent for rollbacks (putting back a version that served before).
   */
  evaluationGate?: (version: ModelVersionRecord) => string | null;
  /** A person overrides a failing evaluation gate (the reason is recorded with the change). */
  overrideGate?: boolean;
}

export interface PromotionCheck {
  /** The evaluation gate's objection that an override set aside (recorded with the stage change). */
  overridden: string | null;
}

/**
 * The promotion gate: every rule a version must pass before it moves to a serving stage
 * (staging or production). promote() and rollback() call it before changing anything; it throws
 * AppError('conflict') saying what is wrong and what to do. Moving a version out of service
 * (candidate, archived) is never gated, so a broken version can always be archived.
 *
 * 1. The version's artifact folder must still hold every file the inference server loads.
 * 2. To production: the evaluation gate must pass (its latest evaluation passed under the current
 *    policy), unless a person overrides it with a written reason.
 */
export function checkPromotion(
  deps: PromotionGateDeps,
  version: ModelVersionRecord,
  toStage: Stage,
): PromotionCheck {
  if (toStage !== 'staging' && toStage !== 'production') return { overridden: null };
  const dir = join(deps.workspaceDir, version.artifactDir);
  const missing = SERVED_FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new AppError(
      'conflict',
      `${version.modelName} v${version.version} cannot go to ${toStage}: its artifact folder ${version.artifactDir} is missing ${missing.join(', ')}. Retrain the model to make a complete version.`,
    );
  }
  if (toStage !== 'production' || !deps.evaluationGate) return { overridden: null };
  const problem = deps.evaluationGate(version);
  if (problem === null) return { overridden: null };
  if (deps.overrideGate) return { overridden: problem };
  throw new AppError(
    'conflict',
    `${version.modelName} v${version.version} cannot go to production: ${problem} To ship it anyway, override the gate with a written reason (--override-gate).`,
  );
}
