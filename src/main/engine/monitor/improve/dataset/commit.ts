/**
 * The main-thread half of `improve.dataset`: record the versions the worker built, both in one
 * transaction, so a cycle never sees a training version without its recent window (or the
 * reverse). Nothing is recorded when the dataset was deleted while the job ran.
 */
import { AppError } from '../../../../../shared/errors.js';
import type { DataServices } from '../../../data/services.js';
import type { Db } from '../../../db/connection.js';
import type { JobCommit } from '../../../jobs/runner.js';
import type { ImproveDatasetResult, ImproveDatasetWorkerResult } from './params.js';

export type { ImproveDatasetResult } from './params.js';

/**
 * `db` is the connection `data` writes through (the engine's): it holds the transaction the
 * two inserts share (each insert's own transaction becomes a savepoint inside it).
 */
export function improveDatasetCommit(data: DataServices, db: Db): JobCommit {
  return (_job, raw): ImproveDatasetResult => {
    const r = raw as ImproveDatasetWorkerResult;
    const record = db.transaction(() => {
      if (!r.version) return { versionId: null, recentVersionId: null };
      if (!data.datasets.dataset(r.datasetId)) {
        throw new AppError(
          'not_found',
          'The dataset was deleted while the improvement data was built; nothing was stored.',
        );
      }
      const v = data.datasets.addVersion(r.datasetId, r.version);
      const recent = r.recentVersion ? data.datasets.addVersion(r.datasetId, r.recentVersion) : null;
      return { versionId: v.id, recentVersionId: recent?.id ?? null };
    });
    const ids = record.immediate();
    return {
      datasetId: r.datasetId,
      ...ids,
      productionRows: r.productionRows,
      heldOutRows: r.heldOutRows,
      repeatedRows: r.repeatedRows,
      skippedLabels: r.skippedLabels,
      dataUntil: r.dataUntil,
    };
  };
}
