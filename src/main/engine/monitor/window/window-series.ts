/**
 * Consecutive windows for charts over time (a drift heatmap, a live metric line): the last K
 * windows of N rows, cut from the newest row backwards (so the newest window is always full and
 * only the oldest may hold fewer rows; empty ones are left out), or the last K windows of T ms
 * ending at `to` (every one kept, empty or not, so the time axis has no holes).
 */
import type { Db } from '../../db/connection.js';
import type { WindowFeatureSpec } from './feature-spec.js';
import { fillWindows } from './fill-windows.js';
import { readWindow } from './read-window.js';
import { WindowAccumulator } from './window-accumulator.js';
import type { WindowColumns } from './window-types.js';

interface SeriesSelector {
  model: string;
  /** Only this version's predictions; absent = every version. */
  version?: number;
  /** How many windows (K). */
  windows: number;
}

/** K windows of `windowRows` predictions each. */
export interface CountSeriesQuery extends SeriesSelector {
  windowRows: number;
}

/** K windows of `windowMs` each, the last one ending at `to` (default: now). */
export interface TimeSeriesQuery extends SeriesSelector {
  windowMs: number;
  to?: number;
  /** At most the newest this many rows per window. */
  maxRowsPerWindow?: number;
}

export type SeriesQuery = CountSeriesQuery | TimeSeriesQuery;

function positive(n: number, what: string): number {
  if (!(Number.isFinite(n) && n >= 1)) throw new RangeError(`${what} must be 1 or more, got ${n}`);
  return Math.floor(n);
}

/** The windows of the series, oldest first. */
export function readWindowSeries(
  db: Db,
  q: SeriesQuery,
  features: readonly WindowFeatureSpec[] = [],
): WindowColumns[] {
  const windows = positive(q.windows, 'the number of windows');
  const head = { model: q.model, version: q.version ?? null, span: null };
  const selector = { model: q.model, ...(q.version !== undefined ? { version: q.version } : {}) };
  if ('windowRows' in q) {
    const size = positive(q.windowRows, 'windowRows');
    const newestFirst = Array.from({ length: windows }, () => new WindowAccumulator(features, size));
    fillWindows(db, selector, newestFirst, features.length > 0);
    return newestFirst
      .reverse()
      .map((w) => w.done(head))
      .filter((w) => w.rows > 0);
  }
  const width = q.windowMs;
  if (!(Number.isFinite(width) && width > 0)) throw new RangeError(`windowMs must be above 0, got ${width}`);
  const to = q.to ?? Date.now();
  return Array.from({ length: windows }, (_, w) =>
    readWindow(
      db,
      {
        ...selector,
        from: to - (windows - w) * width,
        to: to - (windows - w - 1) * width,
        ...(q.maxRowsPerWindow !== undefined ? { maxRows: q.maxRowsPerWindow } : {}),
      },
      features,
    ),
  );
}
