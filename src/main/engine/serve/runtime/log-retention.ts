/**
 * Retention of the request log (settings serve.logRetentionDays and serve.logRetentionRows): the
 * oldest entries go first. Entries are appended in arrival order, so id (rowid) order is time
 * order and the cut is found from the rowid. The log holds one entry per request; the row limit
 * counts predictions (the sum of `rows`), so whole requests are deleted, oldest first, until the
 * rest hold at most that many. Feedback (one row per label) is cut by its own row count. Deletes
 * run in chunks, one per event-loop turn, so the thread is never held for long.
 */
import type { Db } from '../../db/connection.js';

export interface RetentionPolicy {
  days: number;
  rows: number;
}

const CHUNK = 5000;
const DAY_MS = 86_400_000;

/**
 * The first rowid to keep in `table` (by age, then by count); null = keep everything. `rowsColumn`
 * names a column giving the rows each entry counts for (the request log); else each counts one.
 */
export function retentionCut(
  db: Db,
  table: string,
  policy: RetentionPolicy,
  now = Date.now(),
  rowsColumn: string | null = null,
): number | null {
  const oldest = db.prepare(`SELECT rowid AS id, at FROM ${table} ORDER BY rowid LIMIT 1`).get() as
    | { id: number; at: number }
    | undefined;
  if (!oldest) return null;
  const since = now - policy.days * DAY_MS;
  let cut: number | null = null;
  if (oldest.at < since) {
    const keep = db
      .prepare(`SELECT rowid FROM ${table} WHERE at >= ? ORDER BY rowid LIMIT 1`)
      .pluck()
      .get(since) as number | undefined;
    cut = keep ?? Number.MAX_SAFE_INTEGER;
  }
  // The newest entry whose rows, with all newer ones, go beyond the limit: it and older ones go.
  const beyond = (
    rowsColumn === null
      ? db.prepare(`SELECT rowid FROM ${table} ORDER BY rowid DESC LIMIT 1 OFFSET ?`).pluck().get(policy.rows)
      : db
          .prepare(
            `SELECT id FROM (SELECT rowid AS id, sum(${rowsColumn}) OVER (ORDER BY rowid DESC) AS total FROM ${table})
             WHERE total > ? LIMIT 1`,
          )
          .pluck()
          .get(policy.rows)
  ) as number | undefined;
  if (beyond !== undefined) cut = Math.max(cut ?? 0, beyond + 1);
  return cut;
}

const TABLES: { table: string; rowsColumn: string | null }[] = [
  { table: 'prediction_requests', rowsColumn: 'rows' },
  { table: 'prediction_feedback', rowsColumn: null },
];

/** Delete the entries before the cut, a chunk per turn; resolves with the number deleted. */
export async function applyRetention(db: Db, policy: RetentionPolicy, now = Date.now()): Promise<number> {
  let deleted = 0;
  for (const { table, rowsColumn } of TABLES) {
    const cut = retentionCut(db, table, policy, now, rowsColumn);
    if (cut === null) continue;
    const del = db.prepare(
      `DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE rowid < ? ORDER BY rowid LIMIT ${CHUNK})`,
    );
    for (;;) {
      let n: number;
      try {
        n = del.run(cut).changes;
      } catch {
        break; // busy: the next period tries again
      }
      deleted += n;
      if (n < CHUNK) break;
      await new Promise((r) => setImmediate(r));
    }
  }
  return deleted;
}
