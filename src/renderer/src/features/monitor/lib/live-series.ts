import type { MonitorSeries } from '../../../../../shared/monitor-report';
import { formatEpochClock } from './format-monitor';

/** One point of the live-metric chart: a window of the series. */
export interface LiveRow {
  /** The window's position, oldest first (0, 1, …). */
  x: number;
  /** The window's end as a clock time. */
  label: string;
  /** The live metric in the window; null without labels. */
  metric: number | null;
  /** Predictions of the window with a feedback label. */
  labeled: number;
  rows: number;
}

/** The live metric and the labeled count per window, oldest first. */
export function liveRows(series: MonitorSeries): LiveRow[] {
  return series.windows.map((w, x) => ({
    x,
    label: formatEpochClock(w.to),
    metric: w.liveMetric,
    labeled: w.labeled,
    rows: w.rows,
  }));
}

/** True when any window has a live metric (else the chart says labels are missing). */
export function hasLiveMetric(rows: readonly LiveRow[]): boolean {
  return rows.some((r) => r.metric !== null);
}
