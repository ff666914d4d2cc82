import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { ModelVersionRecord } from '../../../../shared/train.js';

/** A JSON file of a model version's artifacts (metadata.json, pipeline.json …); a clear error when it cannot be read. */
export function readArtifactJson(workspaceDir: string, v: ModelVersionRecord, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(workspaceDir, v.artifactDir, file), 'utf8'));
  } catch (err) {
    throw new AppError(
      'conflict',
      `${v.modelName} v${v.version}: cannot read ${file} in ${v.artifactDir} (${(err as Error).message}); retrain the model.`,
    );
  }
}
