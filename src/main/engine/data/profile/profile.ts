import type {
  ColumnProfile,
  ColumnRole,
  ColumnSchema,
  DatasetProfile,
  TaskType,
} from '../../../../shared/data.js';
import type { Table } from '../table/types.js';
import { profileColumn } from './column-profile.js';
import { featureAssociation } from './feature-association.js';
import { EXACT_LIMIT } from './quantiles.js';
import { type EncodedTarget, encodeTarget } from './target.js';
import { targetDistribution } from './target-distribution.js';
import { type ProfileTimings, timed } from './timings.js';

export type { ProfilePhase, ProfileTimings } from './timings.js';

export interface ProfileMeta {
  versionId: string;
  columns: ColumnSchema[];
  target: string | null;
  task: TaskType | null;
}

/** Base seed of the quantile samples; column i uses SAMPLE_SEED + i. */
const SAMPLE_SEED = 0x5eed;

/**
 * The profile of a table: per-column stats, the target's distribution and each feature's
 * association with the target. Pass `timings` to get milliseconds per phase (the benchmark does).
 */
export function computeProfile(
  table: Table,
  meta: ProfileMeta,
  timings: ProfileTimings | null = null,
): DatasetProfile {
  const t0 = performance.now();
  const roles = new Map<string, ColumnRole>(meta.columns.map((c) => [c.name, c.role]));
  const targetColumn = meta.target ? table.columns.find((c) => c.name === meta.target) : undefined;
  const target: EncodedTarget | null = targetColumn
    ? timed(timings, 'target', () => encodeTarget(targetColumn, meta.task))
    : null;
  const scratch = new Float64Array(table.rowCount);
  const sample = new Float64Array(Math.min(table.rowCount, EXACT_LIMIT));
  const columns: ColumnProfile[] = table.columns.map((column, i) => {
    const role: ColumnRole = column.name === meta.target ? 'target' : (roles.get(column.name) ?? 'feature');
    const base = profileColumn(column, role, table.rowCount, {
      scratch,
      sample,
      seed: SAMPLE_SEED + i,
      timings,
    });
    const association =
      target && role === 'feature'
        ? timed(timings, 'association', () => featureAssociation(column, target))
        : null;
    return { ...base, association };
  });
  const targetProfile = columns.find((c) => c.name === meta.target);
  return {
    versionId: meta.versionId,
    rows: table.rowCount,
    columns,
    target: target && targetProfile ? targetDistribution(target, targetProfile) : null,
    computedMs: performance.now() - t0,
  };
}
