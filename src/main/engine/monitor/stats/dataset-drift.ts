import type { DatasetDrift, FeatureDrift } from '../../../../shared/monitor.js';

/** Evidently's default: the dataset drifts when at least half of its features do. */
export const DEFAULT_DRIFT_SHARE = 0.5;

/**
 * Dataset-level drift: the share of drifted features among those that could be tested (features
 * with no statistic, an empty side, are left out of both counts), drifted when share ≥ `share`.
 */
export function datasetDrift(
  features: readonly FeatureDrift[],
  { share = DEFAULT_DRIFT_SHARE }: { share?: number } = {},
): DatasetDrift {
  let total = 0;
  let count = 0;
  for (const f of features) {
    if (f.stats === null) continue;
    total++;
    if (f.drifted) count++;
  }
  const drifted = total > 0 ? count / total : 0;
  return { drifted: total > 0 && drifted >= share, share: drifted, count, total, threshold: share };
}
