import type { Stage, StageEvent } from '../../../../shared/serve.js';
import type { Db } from '../../db/connection.js';
import { newId, nowIso } from '../../util/ids.js';

interface EventRow {
  id: string;
  model_name: string;
  version: number;
  from_stage: Stage;
  to_stage: Stage;
  action: StageEvent['action'];
  reason: string;
  actor: string;
  at: string;
}

const toEvent = (r: EventRow): StageEvent => ({
  id: r.id,
  modelName: r.model_name,
  version: r.version,
  fromStage: r.from_stage,
  toStage: r.to_stage,
  action: r.action,
  reason: r.reason,
  actor: r.actor,
  at: r.at,
});

/** The stage history of model versions (table model_stage_events; rowid gives the order). */
export class StageEventsStore {
  constructor(private readonly db: Db) {}

  add(e: Omit<StageEvent, 'id' | 'at'>): StageEvent {
    const event: StageEvent = { ...e, id: newId('mse'), at: nowIso() };
    this.db
      .prepare(
        'INSERT INTO model_stage_events (id, model_name, version, from_stage, to_stage, action, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        event.id,
        event.modelName,
        event.version,
        event.fromStage,
        event.toStage,
        event.action,
        event.reason,
        event.actor,
        event.at,
      );
    return event;
  }

  /** Every stage change of a model, newest first. */
  ofModel(name: string): StageEvent[] {
    return (
      this.db
        .prepare('SELECT * FROM model_stage_events WHERE model_name = ? ORDER BY rowid DESC')
        .all(name) as EventRow[]
    ).map(toEvent);
  }

  /** One version's stage changes, oldest first. */
  ofVersion(name: string, version: number): StageEvent[] {
    return (
      this.db
        .prepare('SELECT * FROM model_stage_events WHERE model_name = ? AND version = ? ORDER BY rowid')
        .all(name, version) as EventRow[]
    ).map(toEvent);
  }
}
