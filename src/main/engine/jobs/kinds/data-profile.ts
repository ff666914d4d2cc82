import type { DatasetProfile, QualityReport } from '../../../../shared/data.js';
import type { DataProfileParams } from '../../../../shared/data-jobs.js';
import { configKey } from '../../data/config-key.js';
import { computeProfile } from '../../data/profile/profile.js';
import { qualityReport } from '../../data/quality/quality-report.js';
import { loadTable } from '../../data/table/load.js';
import { openWorkerData } from '../../data/worker-data.js';
import type { JobContext } from '../job-kind.js';

export interface ProfileWorkerResult {
  versionId: string;
  key: string;
  profile: DatasetProfile;
  quality: QualityReport;
}

/** Profile a version and run the quality checks on it. */
export async function run(ctx: JobContext<DataProfileParams>): Promise<ProfileWorkerResult> {
  const data = openWorkerData(ctx);
  try {
    const v = data.datasets.requireVersion(ctx.params.versionId);
    ctx.progress(0.1, 'loading the version');
    const table = loadTable(data.columns, v);
    const meta = { versionId: v.id, columns: v.columns, target: v.target, task: v.task };
    ctx.progress(0.3, 'profiling columns');
    const profile = computeProfile(table, meta);
    ctx.throwIfCancelled();
    ctx.progress(0.7, 'running quality checks');
    const split = v.split ? data.columns.getUint8(v.split.blob) : null;
    const quality = qualityReport(table, meta, profile, { split });
    ctx.progress(1, `${quality.findings.length} finding(s)`);
    return { versionId: v.id, key: configKey(v), profile, quality };
  } finally {
    data.close();
  }
}
