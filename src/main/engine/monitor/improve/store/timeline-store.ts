import { TimelineEvent, type TimelineKind, type TimelineLinks } from '../../../../../shared/improve.js';
import type { Db } from '../../../db/connection.js';
import { nowIso } from '../../../util/ids.js';

interface EventRow {
  id: number;
  model_name: string;
  cycle_id: string | null;
  at: string;
  kind: string;
  title: string;
  message: string;
  vals: string;
  links: string;
}

export interface NewTimelineEvent {
  modelName: string;
  cycleId: string | null;
  kind: TimelineKind;
  title: string;
  message: string;
  values?: Record<string, number>;
  links?: TimelineLinks;
}

const toEvent = (r: EventRow): TimelineEvent =>
  TimelineEvent.parse({
    id: r.id,
    modelName: r.model_name,
    cycleId: r.cycle_id,
    at: r.at,
    kind: r.kind,
    title: r.title,
    message: r.message,
    values: JSON.parse(r.vals),
    links: JSON.parse(r.links),
  });

/** Every decision of the improvement loop, append-only. Non-finite numbers are left out of `values`. */
export class TimelineStore {
  constructor(private readonly db: Db) {}

  add(e: NewTimelineEvent): TimelineEvent {
    const values: Record<string, number> = {};
    for (const [k, v] of Object.entries(e.values ?? {})) if (Number.isFinite(v)) values[k] = v;
    const id = this.db
      .prepare(
        `INSERT INTO timeline_events (model_name, cycle_id, at, kind, title, message, vals, links)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.modelName,
        e.cycleId,
        nowIso(),
        e.kind,
        e.title,
        e.message,
        JSON.stringify(values),
        JSON.stringify(e.links ?? {}),
      ).lastInsertRowid;
    return toEvent(this.db.prepare('SELECT * FROM timeline_events WHERE id = ?').get(id) as EventRow);
  }

  list(modelName: string, opts: { cycleId?: string | undefined; limit: number }): TimelineEvent[] {
    const rows = (
      opts.cycleId
        ? this.db
            .prepare(
              'SELECT * FROM timeline_events WHERE model_name = ? AND cycle_id = ? ORDER BY id DESC LIMIT ?',
            )
            .all(modelName, opts.cycleId, opts.limit)
        : this.db
            .prepare('SELECT * FROM timeline_events WHERE model_name = ? ORDER BY id DESC LIMIT ?')
            .all(modelName, opts.limit)
    ) as EventRow[];
    return rows.map(toEvent);
  }
}
