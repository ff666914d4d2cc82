/**
 * How many of a model's predictions got feedback labels after a moment (each prediction once,
 * however often it was relabeled). Prediction ids are
 * "prefix-counter(base 36)" and each logged request holds a block of counters, so a label belongs
 * to the model when its id falls in one of the model's blocks.
 */
import type { Db } from '../../../db/connection.js';
import { parsePredictionId } from '../../../serve/http/prediction-ids.js';

export function feedbackSince(db: Db, modelName: string, sinceMs: number): number {
  const ids = db
    .prepare('SELECT DISTINCT prediction_id FROM prediction_feedback WHERE at > ?')
    .pluck()
    .all(sinceMs) as string[];
  if (ids.length === 0) return 0;
  const blocks = db
    .prepare(
      'SELECT id_prefix, first_seq, rows FROM prediction_requests WHERE model_name = ? ORDER BY first_seq',
    )
    .raw()
    .all(modelName) as [string, number, number][];
  const byPrefix = new Map<string, [number, number][]>();
  for (const [prefix, first, rows] of blocks) {
    const list = byPrefix.get(prefix) ?? [];
    if (list.length === 0) byPrefix.set(prefix, list);
    list.push([first, rows]);
  }
  let n = 0;
  for (const id of ids) {
    const p = parsePredictionId(id);
    const list = p ? byPrefix.get(p.prefix) : undefined;
    if (!p || !list) continue;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [first, rows] = list[mid] as [number, number];
      if (p.seq < first) hi = mid - 1;
      else if (p.seq >= first + rows) lo = mid + 1;
      else {
        n++;
        break;
      }
    }
  }
  return n;
}
