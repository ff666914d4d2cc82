/**
 * Retention of the request log (settings serve.logRetentionDays and serve.logRetentionRows): the
 * oldest rows go first. Rows are appended in arrival order, so rowid order is time order and the
 * cut is found from the rowid, without a scan of the whole table. Deletes run in chunks, one per
 * event-loop turn, so the server's thread is never held for long.
 */
import type { Db } from '../../db/connection.js';

export interface RetentionPolicy {
  days: number;
  rows: number;
}

const CHUNK = 5000;
const DAY_MS = 86_400_000;

/** The first rowid to keep in `table` (by age, then by count); null = keep everything. */
export function retentionCut(
  db: Db,
  table: string,
  policy: RetentionPolicy,
  now = Date.now(),
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
  const beyond = db
    .prepare(`SELECT rowid FROM ${table} ORDER BY rowid DESC LIMIT 1 OFFSET ?`)
    .pluck()
    .get(policy.rows) as number | undefined;
  if (beyond !== undefined) cut = Math.max(cut ?? 0, beyond + 1);
  return cut;
}

/** Delete the rows before the cut, a chunk per turn; resolves with the number deleted. */
export async function applyRetention(db: Db, policy: RetentionPolicy, now = Date.now()): Promise<number> {
  let deleted = 0;
  for (const table of ['prediction_log', 'prediction_feedback']) {
    const cut = retentionCut(db, table, policy, now);
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
