import type { FeatureQuality } from '../../../../../shared/monitor';
import type { MonitoredFeature, QualityBreach } from '../../../../../shared/monitor-report';
import { formatNumber } from '../../data/lib/format';
import { formatShare } from '../../evaluate/lib/format-eval';
import { driftStrength } from './drift-strength';
import { isPValueMethod, methodLabel, statisticText, thresholdText } from './format-monitor';

/** One line of the feature table: the drift verdict and the data quality, as shown. */
export interface FeatureRow {
  feature: string;
  kind: 'numeric' | 'categorical';
  method: string;
  methodLabel: string;
  /** The deciding number (p-value for tests, score for distances); null when none was computed. */
  value: number | null;
  /** "p = 0.0312" or "0.123"; a dash when none. */
  statistic: string;
  threshold: number;
  /** "p < 0.05" or "≥ 0.1". */
  thresholdText: string;
  drifted: boolean;
  /** 0–1, 0.5 at the threshold (see driftStrength); null without a number. */
  strength: number | null;
  /** Why no statistic was computed. */
  reason: string | null;
  /** "2 % (0.5 %)": live, then training in brackets. */
  missingText: string;
  /** "3 % out of range" or "1.2 % unseen", with type errors when there are any. */
  rangeText: string;
  /** Unseen categories or the training range, for a tooltip. */
  rangeDetail: string;
  /** The quality checks this feature failed (from the report's breaches). */
  breaches: QualityBreach['check'][];
}

/** The missing rate of live values, then training's in brackets: "2 % (0.5 %)". */
export function missingText(q: FeatureQuality): string {
  return `${formatShare(q.missingRate)} (${formatShare(q.referenceMissingRate)})`;
}

/** Out-of-range (numeric) or unseen (categorical) share, and type errors when there are any. */
export function rangeText(q: FeatureQuality): string {
  const main =
    q.kind === 'numeric'
      ? `${formatShare(q.outOfRangeShare)} out of range`
      : `${formatShare(q.unseenShare)} unseen`;
  return q.typeErrors > 0 ? `${main} · ${q.typeErrors} type error${q.typeErrors === 1 ? '' : 's'}` : main;
}

/** What the range column's tooltip says: the training range, or the unseen categories. */
export function rangeDetail(q: FeatureQuality): string {
  if (q.kind === 'numeric') {
    return q.referenceMin === null || q.referenceMax === null
      ? 'Training had no finite values.'
      : `Training range ${formatNumber(q.referenceMin)} to ${formatNumber(q.referenceMax)}`;
  }
  return q.unseenCategories.length === 0
    ? 'No unseen categories.'
    : `Unseen: ${q.unseenCategories.join(', ')}`;
}

/** A monitored feature as a table row (its quality breaches picked from the report's list). */
export function featureRow(f: MonitoredFeature, breaches: readonly QualityBreach[] = []): FeatureRow {
  const value = (isPValueMethod(f.method) ? f.pValue : f.score) ?? null;
  return {
    feature: f.feature,
    kind: f.kind,
    method: f.method,
    methodLabel: methodLabel(f.method),
    value,
    statistic: statisticText(f.method, value),
    threshold: f.threshold,
    thresholdText: thresholdText(f.method, f.threshold),
    drifted: f.drifted,
    strength: driftStrength(f.method, value, f.threshold),
    reason: f.reason ?? null,
    missingText: missingText(f.quality),
    rangeText: rangeText(f.quality),
    rangeDetail: rangeDetail(f.quality),
    breaches: breaches.filter((b) => b.feature === f.feature).map((b) => b.check),
  };
}

/**
 * Drifted features first; within each group the strongest drift signal first (see driftStrength),
 * features without a statistic last, then by name.
 */
export function sortFeatureRows(rows: readonly FeatureRow[]): FeatureRow[] {
  return [...rows].sort((a, b) => {
    if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
    const sa = a.strength ?? -1;
    const sb = b.strength ?? -1;
    if (sa !== sb) return sb - sa;
    return a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0;
  });
}

/** The table's rows from a report's features and breaches, sorted (drifted first). */
export function featureRows(
  features: readonly MonitoredFeature[],
  breaches: readonly QualityBreach[] = [],
): FeatureRow[] {
  return sortFeatureRows(features.map((f) => featureRow(f, breaches)));
}

/** The feature to show after a refresh: the one picked while it is still there, else the first row's. */
export function keepFeature(rows: readonly { feature: string }[], current: string | null): string | null {
  if (current !== null && rows.some((r) => r.feature === current)) return current;
  return rows[0]?.feature ?? null;
}

/** Each feature's drift threshold (feature → threshold), to scale the heatmap's cells like the table's verdicts. */
export function featureThresholds(
  features: readonly { feature: string; threshold: number }[],
): Record<string, number> {
  return Object.fromEntries(features.map((f) => [f.feature, f.threshold]));
}
