import type { Slice, SliceReport } from '../../../../../shared/evaluate';
import { isLowerBetter } from './metric-names';

/** What the slice table shows: one feature's slices (null: every feature), optionally only flagged ones. */
export interface SliceFilter {
  feature: string | null;
  flaggedOnly: boolean;
}

/** The features that have slices, alphabetically (for the filter). */
export function sliceFeatures(slices: readonly Slice[]): string[] {
  return [...new Set(slices.map((s) => s.feature))].sort((a, b) => a.localeCompare(b));
}

/**
 * Slices worst first by their delta against overall (most negative first for accuracy-like
 * metrics, most positive first for errors such as mae); on a tie flagged first, then larger slices.
 */
export function worstFirst(slices: readonly Slice[], metric: string): Slice[] {
  const sign = isLowerBetter(metric) ? -1 : 1;
  return [...slices].sort(
    (a, b) =>
      sign * (a.delta - b.delta) ||
      Number(b.flagged) - Number(a.flagged) ||
      b.rows - a.rows ||
      a.feature.localeCompare(b.feature) ||
      a.value.localeCompare(b.value),
  );
}

/** The slices the table shows, worst first. */
export function visibleSlices(report: SliceReport, filter: SliceFilter): Slice[] {
  const kept = report.slices.filter(
    (s) => (filter.feature === null || s.feature === filter.feature) && (!filter.flaggedOnly || s.flagged),
  );
  return worstFirst(kept, report.metric);
}

/** A slice's value of the ranking metric (null when undefined for its rows). */
export function sliceMetric(s: Slice, metric: string): number | null {
  return s.metrics[metric] ?? null;
}
