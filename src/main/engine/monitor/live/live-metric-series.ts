/**
 * Live metrics over consecutive windows, for the Monitor step's chart: the last K windows of N
 * predictions (or of T ms), oldest first. Feedback naming no logged prediction is given to the
 * window that was the newest when it arrived (from a window's start to the next one's; the last
 * window's stretch runs on to now), so each is counted once.
 */
import type { Db } from '../../db/connection.js';
import { type CountSeriesQuery, readWindowSeries, type TimeSeriesQuery } from '../window/window-series.js';
import { joinFeedback } from './feedback-join.js';
import { type LiveMetrics, liveMetricsOf } from './live-metrics.js';
import { countIn, unknownFeedbackTimes } from './unknown-feedback.js';

/** Which windows: `{windowRows, windows}` (count) or `{windowMs, windows, to?}` (time); `version` optional. */
export type LiveSeriesArgs = Omit<CountSeriesQuery, 'model'> | Omit<TimeSeriesQuery, 'model'>;

/** The live metrics of the model's last K windows, oldest first (empty count windows are left out). */
export function liveMetricSeries(db: Db, model: string, args: LiveSeriesArgs): LiveMetrics[] {
  const windows = readWindowSeries(db, { ...args, model });
  const joins = windows.map((w) => joinFeedback(db, w.predictionIds));
  const starts = windows.map((w) => w.span?.from ?? Number.POSITIVE_INFINITY);
  const first = Math.min(...starts);
  const known = { has: (id: string) => joins.some((j) => j.rowOf.has(id)) };
  const unknown = Number.isFinite(first) ? unknownFeedbackTimes(db, first, known) : [];
  return windows.map((w, k) => {
    const from = starts[k] as number;
    const until = k + 1 < windows.length ? (starts[k + 1] as number) : Number.POSITIVE_INFINITY;
    return liveMetricsOf(
      w,
      joins[k] as (typeof joins)[number],
      Number.isFinite(from) ? countIn(unknown, from, until) : 0,
    );
  });
}
