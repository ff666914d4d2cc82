import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0002-jobs', () => {
  it('adds jobs and job_events on top of version 1 and keeps existing settings', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('ui.theme', '\"dark\"', 'now')").run();
    expect(migrate(db, 2)).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"');

    db.pragma('foreign_keys = ON');
    const insertJob = db.prepare(
      "INSERT INTO jobs (id, kind, params, status, created_at) VALUES (?, 'k', '{}', ?, 'now')",
    );
    insertJob.run('a', 'queued');
    expect(() => insertJob.run('b', 'exploded')).toThrow(/CHECK constraint/);
    const insertEvent = db.prepare(
      "INSERT INTO job_events (job_id, seq, at, type, payload) VALUES (?, ?, 'now', 'log', '{}')",
    );
    insertEvent.run('a', 1);
    insertEvent.run('a', 2);
    expect(() => insertEvent.run('a', 2)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insertEvent.run('missing-job', 1)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM jobs WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM job_events').pluck().get()).toBe(0);
    db.close();
  });
});
