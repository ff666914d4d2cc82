import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0010-improvement', () => {
  it('adds policies unique by model and name, cycles with one open per model, the timeline and the production labeling queue', () => {
    const db = new Database(':memory:');
    migrate(db, 9);
    expect(migrate(db, 10)).toBe(10);
    const policy = db.prepare(
      `INSERT INTO improvement_policies (id, model_name, name, position, policy, created_at, updated_at) VALUES (?, ?, ?, 0, ?, 'now', 'now')`,
    );
    policy.run('p1', 'churn', 'drift', '{}');
    policy.run('p2', 'credit', 'drift', '{}');
    expect(() => policy.run('p3', 'churn', 'drift', '{}')).toThrow(/UNIQUE/);
    expect(() => policy.run('p4', 'churn', 'other', 'not json')).toThrow(/CHECK/);

    const cycle = db.prepare(
      `INSERT INTO improvement_cycles (id, model_name, policy_name, policy, status, stage, trigger, champion_version, started_at, updated_at)
       VALUES (?, ?, 'drift', '{}', ?, 'dataset', '{}', 1, 'now', 'now')`,
    );
    cycle.run('c1', 'churn', 'running');
    // A second unfinished cycle of the same model is refused; another model's is fine.
    expect(() => cycle.run('c2', 'churn', 'awaiting_approval')).toThrow(/UNIQUE/);
    cycle.run('c3', 'credit', 'running');
    expect(() => cycle.run('c4', 'churn', 'paused')).toThrow(/CHECK/);
    db.prepare(`UPDATE improvement_cycles SET status = 'failed' WHERE id = 'c1'`).run();
    cycle.run('c5', 'churn', 'running');
    // A finished cycle (watching, completed…) does not block a new one.
    db.prepare(`UPDATE improvement_cycles SET status = 'watching' WHERE id = 'c5'`).run();
    cycle.run('c6', 'churn', 'running');
    expect(
      db.prepare(`SELECT count(*) AS n FROM improvement_cycles WHERE model_name = 'churn'`).get(),
    ).toEqual({
      n: 3,
    });

    const event = db.prepare(
      `INSERT INTO timeline_events (model_name, cycle_id, at, kind, title, message, vals, links) VALUES ('churn', 'c1', 'now', 'trigger', 't', 'm', ?, '{}')`,
    );
    expect(event.run('{"windows":3}').lastInsertRowid).toBe(1);
    expect(() => event.run('nope')).toThrow(/CHECK/);

    const item = db.prepare(
      `INSERT INTO production_label_queue (prediction_id, model_name, version, reason, score, at, features, added_at) VALUES (?, 'churn', 1, ?, 0.4, 1, '{}', 'now')`,
    );
    item.run('r-1', 'drift');
    expect(() => item.run('r-1', 'uncertain')).toThrow(/UNIQUE/);
    expect(() => item.run('r-2', 'boredom')).toThrow(/CHECK/);
  });
});
