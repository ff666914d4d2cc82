import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ModelMetadata, type ModelVersionRecord } from '../../../../shared/train.js';
import type { DatasetsStore } from '../../data/store/datasets-store.js';
import { nowIso } from '../../util/ids.js';
import { appVersion } from '../../util/version.js';
import type { MlServices } from '../services.js';
import type { RunInternal } from '../store/runs-store.js';
import { runPaths } from './run-paths.js';

/**
 * File a finished run's model as the next version of `modelName` (a candidate): write its
 * metadata.json beside the model files and record it, in one step.
 */
export function registerModelVersion(
  ml: MlServices,
  datasets: DatasetsStore,
  workspaceDir: string,
  run: RunInternal,
  modelName: string,
  labels: string[] | null,
): ModelVersionRecord {
  const dir = runPaths(workspaceDir, run.id).modelDir;
  const version = ml.models.nextVersion(modelName);
  const v = datasets.version(run.versionId);
  const metadata = ModelMetadata.parse({
    formatVersion: 1,
    runId: run.id,
    modelName,
    modelVersion: version,
    task: run.task,
    target: run.target,
    template: run.template,
    params: run.params,
    labels,
    dataset: {
      datasetId: run.datasetId,
      versionId: run.versionId,
      contentHash: v?.contentHash ?? run.versionHash,
    },
    backend: run.backend,
    device: run.device,
    appVersion: appVersion(),
    metrics: run.metrics,
    testMetrics: run.testMetrics,
    createdAt: nowIso(),
    files: {
      model: 'model.json',
      pipeline: 'pipeline.json',
      labels: 'labels.json',
      inputSchema: 'input-schema.json',
      referenceProfile: 'reference-profile.json',
      ...(existsSync(join(dir, 'reference-sample.json'))
        ? { referenceSample: 'reference-sample.json' as const }
        : {}),
    },
  });
  const tmp = join(dir, 'metadata.json.tmp');
  writeFileSync(tmp, JSON.stringify(metadata, null, 2));
  renameSync(tmp, join(dir, 'metadata.json'));
  return ml.models.addVersion({
    name: modelName,
    version,
    task: run.task,
    runId: run.id,
    artifactDir: relative(workspaceDir, dir),
    metrics: run.metrics,
    testMetrics: run.testMetrics,
  });
}
