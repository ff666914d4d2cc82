import type { FeaturePipeline, SplitInfo } from '../../../shared/data.js';
import type { DataJobKind, ImportResult, RecipeResult } from '../../../shared/data-jobs.js';
import { AppError } from '../../../shared/errors.js';
import type { ImportWorkerResult } from '../jobs/kinds/data-import.js';
import type { ProfileWorkerResult } from '../jobs/kinds/data-profile.js';
import type { RecipeWorkerResult } from '../jobs/kinds/data-recipe.js';
import type { JobCommit } from '../jobs/runner.js';
import type { DataServices } from './services.js';

/**
 * The main-thread half of each data job: record what the worker produced, in one transaction.
 * Until this runs nothing of the job is visible, so a failed or cancelled job leaves no half dataset.
 */
export function dataCommits(data: DataServices): Partial<Record<DataJobKind, JobCommit>> {
  return {
    'data.import': (_job, raw): ImportResult => {
      const r = raw as ImportWorkerResult;
      const { datasetId, version } = data.datasets.createDataset({
        name: r.name,
        source: r.source,
        version: r.version,
      });
      const name = data.datasets.requireDataset(datasetId).name;
      return {
        datasetId,
        versionId: version.id,
        name,
        rows: version.rows,
        columns: version.columns.length,
        format: r.source.format,
        warnings: r.warnings,
      };
    },
    'data.recipe': (_job, raw): RecipeResult => {
      const r = raw as RecipeWorkerResult;
      if (!data.datasets.dataset(r.datasetId)) {
        throw new AppError('not_found', 'The dataset was deleted while the recipe ran; nothing was stored.');
      }
      const v = data.datasets.addVersion(r.datasetId, r.version);
      return {
        datasetId: r.datasetId,
        versionId: v.id,
        number: v.number,
        parentId: r.version.parentId ?? '',
        rows: v.rows,
        columns: v.columns.length,
      };
    },
    'data.profile': (_job, raw) => {
      const r = raw as ProfileWorkerResult;
      if (!data.datasets.version(r.versionId))
        throw new AppError('not_found', 'The version was deleted while it was profiled.');
      data.datasets.cachePut(r.versionId, 'profile', r.key, r.profile);
      data.datasets.cachePut(r.versionId, 'quality', r.key, r.quality);
      return {
        versionId: r.versionId,
        findings: r.quality.findings.length,
        computedMs: r.profile.computedMs,
      };
    },
    'data.split': (_job, raw) => {
      const r = raw as { versionId: string; split: SplitInfo };
      data.datasets.configure(r.versionId, { split: r.split });
      return { versionId: r.versionId, counts: r.split.counts };
    },
    'data.pipeline': (_job, raw) => {
      const r = raw as { versionId: string; key: string; pipeline: FeaturePipeline };
      data.datasets.cachePut(r.versionId, 'pipeline', r.key, r.pipeline);
      return {
        versionId: r.versionId,
        denseWidth: r.pipeline.denseWidth,
        features: r.pipeline.features.length,
      };
    },
  };
}
