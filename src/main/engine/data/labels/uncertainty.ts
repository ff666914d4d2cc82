import type { Db } from '../../db/connection.js';
import { nowIso } from '../../util/ids.js';

/** Shannon entropy (natural log) of a probability vector; 0 for a certain prediction. */
export function entropy(probs: readonly number[]): number {
  let h = 0;
  for (const p of probs) if (p > 0) h -= p * Math.log(p);
  return h;
}

/** Top-1 minus top-2 probability; small margins mean the model hesitates between two classes. */
export function margin(probs: readonly number[]): number {
  let a = 0;
  let b = 0;
  for (const p of probs) {
    if (p > a) {
      b = a;
      a = p;
    } else if (p > b) b = p;
  }
  return a - b;
}

/**
 * The hook through which a trained classifier orders the labeling queue: store each row's
 * class probabilities as entropy and margin under a `source` (e.g. the run id). The queue's
 * `entropy` and `margin` orders use the most recent source of the dataset.
 */
export function recordUncertainty(
  db: Db,
  datasetId: string,
  source: string,
  rows: Iterable<{ rowId: number; probabilities: readonly number[] }>,
): number {
  const at = nowIso();
  const put = db.prepare(
    'INSERT INTO label_scores (dataset_id, source, row_id, entropy, margin, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dataset_id, source, row_id) DO UPDATE SET entropy = excluded.entropy, margin = excluded.margin, at = excluded.at',
  );
  let n = 0;
  db.transaction(() => {
    for (const r of rows) {
      put.run(datasetId, source, r.rowId, entropy(r.probabilities), margin(r.probabilities), at);
      n++;
    }
  })();
  return n;
}

/** The newest scores' source for a dataset, or null when no model has scored it. */
export function latestScoreSource(db: Db, datasetId: string): string | null {
  return (
    (db
      .prepare('SELECT source FROM label_scores WHERE dataset_id = ? ORDER BY at DESC LIMIT 1')
      .pluck()
      .get(datasetId) as string | undefined) ?? null
  );
}
