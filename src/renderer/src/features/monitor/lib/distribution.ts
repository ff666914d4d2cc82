import type { FeatureDistribution } from '../../../../../shared/monitor-report';

/** One group of bars: a bin or category, with the reference and current shares in percent. */
export interface DistributionRow {
  label: string;
  reference: number;
  current: number;
}

/** Categories shown before the rest fold into one bar. */
export const MAX_CATEGORY_BARS = 15;

/** The label of the bar holding every category past the first MAX_CATEGORY_BARS. */
export const OTHERS_LABEL = '(all others)';

const pct = (share: number) => Math.round(share * 10000) / 100;

/**
 * Chart rows from a distribution: shares as percentages (two decimals). Numeric bins keep their
 * order; categories are ordered by their larger share and, past `max`, folded into one
 * "(all others)" bar.
 */
export function distributionRows(d: FeatureDistribution, max = MAX_CATEGORY_BARS): DistributionRow[] {
  if (d.kind === 'numeric') {
    return d.bins.map((b) => ({ label: b.label, reference: pct(b.reference), current: pct(b.current) }));
  }
  const sorted = [...d.bins].sort(
    (a, b) =>
      Math.max(b.reference, b.current) - Math.max(a.reference, a.current) || (a.label < b.label ? -1 : 1),
  );
  const shown = sorted.slice(0, max);
  const rest = sorted.slice(max);
  const rows = shown.map((b) => ({ label: b.label, reference: pct(b.reference), current: pct(b.current) }));
  if (rest.length > 0) {
    rows.push({
      label: OTHERS_LABEL,
      reference: pct(rest.reduce((s, b) => s + b.reference, 0)),
      current: pct(rest.reduce((s, b) => s + b.current, 0)),
    });
  }
  return rows;
}
