import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0009-alerts', () => {
  it('adds alerts with JSON evidence, one open alert per dedupe key, and checked kinds and severities', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 8);
    expect(migrate(db, 9)).toBe(9);
    const add = db.prepare(
      `INSERT INTO alerts (id, model_name, version, kind, severity, title, message, evidence, dedupe_key, created_at, last_seen_at)
       VALUES (?, 'churn', 1, ?, ?, 't', 'm', ?, ?, 'now', 'now')`,
    );
    add.run('a1', 'drift', 'warning', '{"values":{}}', 'k1');
    // A model that does not exist (yet, or any more) is fine: alerts are a record.
    expect(db.prepare('SELECT model_name, count, acknowledged_at FROM alerts').get()).toEqual({
      model_name: 'churn',
      count: 1,
      acknowledged_at: null,
    });
    expect(() => add.run('a2', 'weather', 'warning', '{}', 'k2')).toThrow(/CHECK/);
    expect(() => add.run('a3', 'drift', 'fatal', '{}', 'k3')).toThrow(/CHECK/);
    expect(() => add.run('a4', 'drift', 'info', 'not json', 'k4')).toThrow(/CHECK/);
    // A second open alert with the same key is refused...
    expect(() => add.run('a5', 'drift', 'info', '{}', 'k1')).toThrow(/UNIQUE/);
    // ...acknowledged needs both who and when...
    expect(() => db.prepare(`UPDATE alerts SET acknowledged_at = 'later' WHERE id = 'a1'`).run()).toThrow(
      /CHECK/,
    );
    db.prepare(`UPDATE alerts SET acknowledged_at = 'later', acknowledged_by = 'ana' WHERE id = 'a1'`).run();
    // ...and once it is acknowledged, the same key may open a new alert.
    add.run('a6', 'drift', 'info', '{}', 'k1');
    expect(db.prepare(`SELECT count(*) AS n FROM alerts WHERE dedupe_key = 'k1'`).get()).toEqual({ n: 2 });
    expect(() => db.prepare(`UPDATE alerts SET count = 0 WHERE id = 'a6'`).run()).toThrow(/CHECK/);
  });
});
