import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0008-evaluations', () => {
  it('adds evaluations (JSON report, verdict) and gate policies, tied to their model', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 7);
    expect(migrate(db, 8)).toBe(8);
    db.prepare(`INSERT INTO models (name, task, created_at) VALUES ('adult', 'binary', 'now')`).run();
    const add = db.prepare(
      'INSERT INTO evaluations (id, model_name, version, job_id, passed, summary, report, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    add.run('ev1', 'adult', 1, null, 1, 'accuracy 0.85', '{"a":1}', '2026-01-01');
    expect(() => add.run('ev2', 'adult', 1, null, 2, 's', '{}', 'now')).toThrow(/CHECK/);
    expect(() => add.run('ev3', 'adult', 1, null, 1, 's', 'not json', 'now')).toThrow(/CHECK/);
    expect(() => add.run('ev4', 'nope', 1, null, 1, 's', '{}', 'now')).toThrow(/FOREIGN KEY/);
    const setPolicy = db.prepare(
      'INSERT INTO gate_policies (model_name, policy, updated_at, updated_by) VALUES (?, ?, ?, ?)',
    );
    setPolicy.run('adult', '{"checks":[]}', 'now', 'me');
    expect(() => setPolicy.run('adult', '{"checks":[]}', 'now', 'me')).toThrow(/UNIQUE|PRIMARY/);
    db.prepare(`DELETE FROM models WHERE name = 'adult'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM evaluations').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM gate_policies').get()).toEqual({ n: 0 });
  });
});
