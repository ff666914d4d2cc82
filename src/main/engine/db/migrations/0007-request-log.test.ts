import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0007-request-log', () => {
  it('adds the request log (one entry per request) and feedback tables, typed and indexed', () => {
    const db = new Database(':memory:');
    migrate(db, 6);
    expect(migrate(db, 7)).toBe(7);
    const add = db.prepare(
      `INSERT INTO prediction_requests (model_name, version, id_prefix, first_seq, rows, format, body, json_length, labels, outputs, latency_ms, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const outputs = Buffer.from(new Float32Array([0.2, 0.8]).buffer);
    add.run(
      'adult',
      1,
      'abc',
      1,
      1,
      'v1-instances',
      '{"instances":[{"age":30}]}',
      null,
      '["no","yes"]',
      outputs,
      0.4,
      1000,
    );
    add.run('adult', 1, 'abc', 2, 2, 'v2-binary', Buffer.from([1, 2, 3]), 2, null, outputs, 0.4, 1001);
    expect(() =>
      add.run('adult', 1, 'abc', 1, 1, 'v1-instances', '{}', null, null, outputs, 0.4, 1001),
    ).toThrow(/UNIQUE/);
    expect(() =>
      add.run('adult', 1, 'abc', 9, 0, 'v1-instances', '{}', null, null, outputs, 0.4, 1001),
    ).toThrow(/CHECK/);
    expect(() => add.run('adult', 1, 'abc', 9, 1, 'csv', '{}', null, null, outputs, 0.4, 1001)).toThrow(
      /CHECK/,
    );
    expect(() => add.run('adult', 1, 'abc', 9, 1, 'v2-json', null, null, null, outputs, 0.4, 1001)).toThrow(
      /NOT NULL/,
    );
    expect(() =>
      add.run('adult', 'one', 'abc', 9, 1, 'v2-json', '{}', null, null, outputs, 0.4, 1001),
    ).toThrow(/INTEGER/);
    expect(() => add.run('adult', 1, 'abc', 9, 1, 'v2-json', '{}', null, null, 'text', 0.4, 1001)).toThrow(
      /BLOB/,
    );
    // body keeps its type: text for JSON bodies, bytes for binary ones.
    expect(db.prepare('SELECT typeof(body) FROM prediction_requests ORDER BY id').pluck().all()).toEqual([
      'text',
      'blob',
    ]);
    const fb = db.prepare('INSERT INTO prediction_feedback VALUES (?, ?, ?)');
    fb.run('abc-1', '"yes"', 2000);
    expect(() => fb.run('abc-1', '"yes"', 'soon')).toThrow(/INTEGER/);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan("SELECT * FROM prediction_requests WHERE model_name = 'adult' ORDER BY at DESC")).toMatch(
      /prediction_requests_model_at/,
    );
    expect(
      plan(
        "SELECT 1 FROM prediction_requests WHERE id_prefix = 'abc' AND first_seq <= 5 ORDER BY first_seq DESC LIMIT 1",
      ),
    ).toMatch(/prediction_requests_ids/);
    expect(plan("SELECT * FROM prediction_feedback WHERE prediction_id = 'abc-1'")).toMatch(
      /prediction_feedback_id/,
    );
    db.close();
  });
});
