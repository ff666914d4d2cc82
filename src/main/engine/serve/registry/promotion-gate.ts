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
}

/**
 * The promotion gate: every rule a version must pass before it moves to a serving stage
 * (staging or production). promote() and rollback() call it before changing anything; it throws
 * AppError('conflict') saying what is wrong and what to do. Moving a version out of service
 * (candidate, archived) is never gated, so a broken version can always be archived.
 *
 * Today: the version's artifact folder must still hold every file the inference server loads.
 *
 * The evaluation gate (issue 6) plugs in here: for `toStage === 'production'`, look up the
 * version's latest evaluation report through a deps function (e.g. `latestEvaluation(name,
 * version)`) and refuse unless it exists and passed, naming the failed check.
 */
export function checkPromotion(deps: PromotionGateDeps, version: ModelVersionRecord, toStage: Stage): void {
  if (toStage !== 'staging' && toStage !== 'production') return;
  const dir = join(deps.workspaceDir, version.artifactDir);
  const missing = SERVED_FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new AppError(
      'conflict',
      `${version.modelName} v${version.version} cannot go to ${toStage}: its artifact folder ${version.artifactDir} is missing ${missing.join(', ')}. Retrain the model to make a complete version.`,
    );
  }
}
