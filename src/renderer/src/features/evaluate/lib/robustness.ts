import type { FeatureEffect, RobustnessPoint } from '../../../../../shared/evaluate';
import { isLowerBetter } from './metric-names';

/** A degradation curve's points in strength order (for a line chart). */
export function degradationRows(
  points: readonly RobustnessPoint[],
): { x: number; metric: number | null; flipRate: number }[] {
  return [...points]
    .sort((a, b) => a.strength - b.strength)
    .map((p) => ({ x: p.strength, metric: p.metric, flipRate: p.flipRate }));
}

/** One feature's perturbation against the baseline. */
export interface EffectRow {
  feature: string;
  metric: number | null;
  /** metric − baseline (null without labels). */
  change: number | null;
  flipRate: number;
  /** The change made the metric worse (by its direction). */
  worse: boolean;
}

/**
 * Per-feature perturbation results, most harmful first: by how much the metric got worse than the
 * baseline (in the metric's direction), then by the share of predictions that changed.
 */
export function effectRows(
  effects: readonly FeatureEffect[],
  baseline: number | null,
  metric: string,
): EffectRow[] {
  const lower = isLowerBetter(metric);
  const rows = effects.map((e) => {
    const change = e.metric === null || baseline === null ? null : e.metric - baseline;
    const harm = change === null ? 0 : lower ? change : -change;
    return {
      row: { feature: e.feature, metric: e.metric, change, flipRate: e.flipRate, worse: harm > 0 },
      harm,
    };
  });
  rows.sort(
    (a, b) =>
      b.harm - a.harm || b.row.flipRate - a.row.flipRate || a.row.feature.localeCompare(b.row.feature),
  );
  return rows.map((r) => r.row);
}

/** The most sensitive features, highest score first, at most `limit` of them (for the bar chart). */
export function topSensitivity(
  sensitivity: readonly { feature: string; score: number }[],
  limit = 12,
): { feature: string; score: number }[] {
  return [...sensitivity].sort((a, b) => b.score - a.score).slice(0, limit);
}
