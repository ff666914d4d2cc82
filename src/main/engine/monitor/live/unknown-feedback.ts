/**
 * Feedback that names no logged prediction (sent for a prediction whose request the log no longer
 * holds, or written by something other than the feedback endpoint, which refuses unknown ids).
 * It is ignored by the live metrics and counted by when it was received. Feedback rows do not
 * name their model, so this count is the workspace's, not one model's.
 */
import type { Db } from '../../db/connection.js';
import { parsePredictionId } from '../../serve/http/prediction-ids.js';

/**
 * Of candidate ids given as [prefix, counter] pairs (JSON), the positions of those inside no
 * logged request's id block: the request of that prefix with the greatest first counter not after
 * the id must reach it (as serve/runtime/logged-ids.ts finds ids), one index seek each in SQLite.
 */
const NOT_LOGGED = `
  SELECT c.key FROM json_each(?) AS c
  WHERE coalesce((
    SELECT r.first_seq + r.rows > (c.value ->> 1) FROM prediction_requests AS r
    WHERE r.id_prefix = (c.value ->> 0) AND r.first_seq <= (c.value ->> 1)
    ORDER BY r.first_seq DESC LIMIT 1
  ), 0) = 0`;

/**
 * Times (epoch ms, ascending) at which feedback received from `from` on named no logged
 * prediction. Ids in `known` (e.g. a window's, already matched) are not looked up.
 */
export function unknownFeedbackTimes(
  db: Db,
  from: number,
  known: { has(id: string): boolean } = new Set<string>(),
): number[] {
  const rows = db
    .prepare('SELECT prediction_id, at FROM prediction_feedback WHERE at >= ? ORDER BY at, rowid')
    .raw()
    .all(from) as [string, number][];
  const unknown = new Uint8Array(rows.length);
  const pairs: [string, number][] = [];
  const rowOfPair: number[] = [];
  rows.forEach(([id], i) => {
    if (known.has(id)) return;
    const p = parsePredictionId(id);
    if (p === null) unknown[i] = 1;
    else {
      pairs.push([p.prefix, p.seq]);
      rowOfPair.push(i);
    }
  });
  if (pairs.length > 0)
    for (const k of db.prepare(NOT_LOGGED).pluck().all(JSON.stringify(pairs)) as number[])
      unknown[rowOfPair[k] as number] = 1;
  const times: number[] = [];
  rows.forEach(([, at], i) => {
    if (unknown[i] === 1) times.push(at);
  });
  return times;
}

/** How many of the (ascending) `times` fall in [from, to). */
export function countIn(times: readonly number[], from: number, to: number): number {
  const first = (x: number) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((times[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return first(to) - first(from);
}
