import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0007-request-log', () => {
  it('adds the prediction log and feedback tables, typed and indexed', () => {
    const db = new Database(':memory:');
    migrate(db, 6);
    expect(migrate(db, 7)).toBe(7);
    const add = db.prepare('INSERT INTO prediction_log VALUES (?, ?, ?, ?, ?, ?, ?)');
    add.run('p1', 'adult', 1, '{"age":30}', '{"prediction":"yes"}', 0.4, 1000);
    expect(() => add.run('p1', 'adult', 1, '{}', '{}', 0.4, 1001)).toThrow(/UNIQUE/);
    expect(() => add.run('p2', 'adult', 1, null, '{}', 0.4, 1001)).toThrow(/NOT NULL/);
    expect(() => add.run('p3', 'adult', 'one', '{}', '{}', 0.4, 1001)).toThrow(/INTEGER/);
    const fb = db.prepare('INSERT INTO prediction_feedback VALUES (?, ?, ?)');
    fb.run('p1', '"yes"', 2000);
    expect(() => fb.run('p1', '"yes"', 'soon')).toThrow(/INTEGER/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM prediction_log WHERE model_name = 'adult' ORDER BY at DESC")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/prediction_log_model_at/);
    expect(
      db
        .prepare(
          'SELECT l.prediction_id, f.label FROM prediction_log l JOIN prediction_feedback f USING (prediction_id)',
        )
        .all(),
    ).toEqual([{ prediction_id: 'p1', label: '"yes"' }]);
    db.close();
  });
});
