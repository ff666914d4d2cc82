/**
 * Ground truth for a window's predictions: the prediction_feedback rows whose prediction id is in
 * the window, found through the feedback table's id index (the ids are handed to SQLite as one
 * JSON array). A prediction may have been given several labels; the latest (by time, then by
 * arrival) wins and the others are counted as superseded.
 */
import type { Db } from '../../db/connection.js';

export interface FeedbackJoin {
  /** The latest label of each window row (as sent: a class name or a number); null = none. */
  labels: (string | number | null)[];
  /** Rows with a label. */
  labeled: number;
  /** Older labels replaced by a later one for the same prediction. */
  superseded: number;
  /** The window row of each prediction id (for further lookups by id). */
  rowOf: ReadonlyMap<string, number>;
}

/** A stored label (JSON text of what the client sent) back as a string or number. */
export function parseStoredLabel(text: string): string | number {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'string' || typeof v === 'number') return v;
  } catch {
    // not JSON: written by something other than the feedback endpoint; keep the text
  }
  return text;
}

/** The latest label of each of `predictionIds` (one entry per id, in that order). */
export function joinFeedback(db: Db, predictionIds: readonly string[]): FeedbackJoin {
  const labels = new Array<string | number | null>(predictionIds.length).fill(null);
  const rowOf = new Map<string, number>();
  if (predictionIds.length === 0) return { labels, labeled: 0, superseded: 0, rowOf };
  for (let i = 0; i < predictionIds.length; i++) rowOf.set(predictionIds[i] as string, i);
  const found = db
    .prepare(
      `SELECT prediction_id AS id, label FROM prediction_feedback
       WHERE prediction_id IN (SELECT value FROM json_each(?)) ORDER BY at, rowid`,
    )
    .raw()
    .all(JSON.stringify(predictionIds)) as [string, string][];
  let labeled = 0;
  for (const [id, label] of found) {
    const i = rowOf.get(id);
    if (i === undefined) continue;
    if (labels[i] === null) labeled++;
    labels[i] = parseStoredLabel(label);
  }
  return { labels, labeled, superseded: found.length - labeled, rowOf };
}
