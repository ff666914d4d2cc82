import type { Cell } from '../../../../../shared/data.js';
import type { ProductionLabelItem, ProductionLabelReason } from '../../../../../shared/improve.js';
import type { Db } from '../../../db/connection.js';
import { nowIso } from '../../../util/ids.js';
import { parseStoredLabel } from '../../live/feedback-join.js';

interface ItemRow {
  prediction_id: string;
  model_name: string;
  version: number;
  reason: ProductionLabelReason;
  score: number;
  at: number;
  features: string;
  predicted: string | null;
  label: string | null;
}

const toItem = (r: ItemRow): ProductionLabelItem => ({
  predictionId: r.prediction_id,
  modelName: r.model_name,
  version: r.version,
  reason: r.reason,
  score: r.score,
  at: r.at,
  features: JSON.parse(r.features) as Record<string, Cell>,
  predicted: r.predicted === null ? null : parseStoredLabel(r.predicted),
  label: r.label === null ? null : parseStoredLabel(r.label),
});

export interface NewQueueItem {
  predictionId: string;
  modelName: string;
  version: number;
  reason: ProductionLabelReason;
  score: number;
  at: number;
  features: Record<string, Cell>;
  predicted: string | number | null;
}

/**
 * Production predictions waiting for an analyst's label. A label given here is also written to
 * prediction_feedback (as the feedback endpoint writes it), so it counts for the live metric and
 * for retraining like any other feedback.
 */
export class ProductionLabelsStore {
  constructor(private readonly db: Db) {}

  /** Add items (a prediction already queued is left as it is); returns how many were new. */
  add(items: readonly NewQueueItem[]): number {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO production_label_queue (prediction_id, model_name, version, reason, score, at, features, predicted, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = nowIso();
    return this.db
      .transaction(() => {
        let added = 0;
        for (const i of items) {
          added += insert.run(
            i.predictionId,
            i.modelName,
            i.version,
            i.reason,
            i.score,
            i.at,
            JSON.stringify(i.features),
            i.predicted === null ? null : JSON.stringify(i.predicted),
            now,
          ).changes;
        }
        return added;
      })
      .immediate();
  }

  has(predictionIds: readonly string[]): Set<string> {
    if (predictionIds.length === 0) return new Set();
    const found = this.db
      .prepare(
        'SELECT prediction_id FROM production_label_queue WHERE prediction_id IN (SELECT value FROM json_each(?))',
      )
      .pluck()
      .all(JSON.stringify(predictionIds)) as string[];
    return new Set(found);
  }

  get(predictionId: string): ProductionLabelItem | undefined {
    const row = this.db
      .prepare('SELECT * FROM production_label_queue WHERE prediction_id = ?')
      .get(predictionId) as ItemRow | undefined;
    return row ? toItem(row) : undefined;
  }

  /** Pending items first (most useful first: uncertain by score, then drift), then labeled ones if asked. */
  list(
    modelName: string,
    opts: { reason?: ProductionLabelReason | undefined; includeLabeled: boolean; limit: number },
  ): ProductionLabelItem[] {
    const where = ['model_name = ?'];
    const args: unknown[] = [modelName];
    if (opts.reason) {
      where.push('reason = ?');
      args.push(opts.reason);
    }
    if (!opts.includeLabeled) where.push('label IS NULL');
    const rows = this.db
      .prepare(
        `SELECT * FROM production_label_queue WHERE ${where.join(' AND ')}
         ORDER BY label IS NOT NULL, score DESC, at DESC LIMIT ?`,
      )
      .all(...args, opts.limit) as ItemRow[];
    return rows.map(toItem);
  }

  counts(modelName: string): { pending: number; labeled: number } {
    return this.db
      .prepare(
        `SELECT coalesce(sum(label IS NULL), 0) AS pending, coalesce(sum(label IS NOT NULL), 0) AS labeled
         FROM production_label_queue WHERE model_name = ?`,
      )
      .get(modelName) as { pending: number; labeled: number };
  }

  /** Record an analyst's label on the item and as feedback, in one transaction. */
  label(predictionId: string, label: string | number, annotator: string, at = Date.now()): void {
    const text = JSON.stringify(label);
    this.db
      .transaction(() => {
        this.db
          .prepare(
            'UPDATE production_label_queue SET label = ?, labeled_by = ?, labeled_at = ? WHERE prediction_id = ?',
          )
          .run(text, annotator, new Date(at).toISOString(), predictionId);
        this.db
          .prepare('INSERT INTO prediction_feedback (prediction_id, label, at) VALUES (?, ?, ?)')
          .run(predictionId, text, at);
      })
      .immediate();
  }
}
