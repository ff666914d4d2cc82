/**
 * Reading one monitoring window of a model's predictions from the request log: the newest N rows
 * (a count window) or the rows of [from, to) (a time window), as columns. No traffic gives an
 * empty window (zero rows), not an error.
 */
import type { Db } from '../../db/connection.js';
import type { WindowFeatureSpec } from './feature-spec.js';
import { fillWindows } from './fill-windows.js';
import { WindowAccumulator } from './window-accumulator.js';
import type { WindowColumns, WindowQuery } from './window-types.js';

/** The most rows the query asks for (Infinity for a time window without `maxRows`). */
export function rowLimitOf(q: WindowQuery): number {
  const limit = 'lastRows' in q ? q.lastRows : (q.maxRows ?? Number.POSITIVE_INFINITY);
  if (!(limit >= 0)) throw new RangeError(`a window needs a row count of 0 or more, got ${limit}`);
  return Math.floor(limit);
}

/**
 * The window `query` names, with a column for each of `features` (none: only ids, times,
 * latencies, versions and predictions, and the bodies are not read at all).
 */
export function readWindow(
  db: Db,
  query: WindowQuery,
  features: readonly WindowFeatureSpec[] = [],
): WindowColumns {
  const window = new WindowAccumulator(features, rowLimitOf(query));
  const selector = { model: query.model, ...(query.version !== undefined ? { version: query.version } : {}) };
  const range = 'from' in query ? { from: query.from, to: query.to } : null;
  fillWindows(db, { ...selector, ...range }, [window], features.length > 0);
  return window.done({ model: query.model, version: query.version ?? null, span: range });
}
