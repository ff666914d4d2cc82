import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../migrate.js';

describe('migration 0001-settings', () => {
  it('creates the settings table, marks the file as ours and sets user_version 1', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 1)).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('ui.theme', '\"dark\"', 'now')").run();
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"dark"');
    // Values must be JSON.
    expect(() =>
      db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'not json', 'now')").run(),
    ).toThrow(/CHECK constraint/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'jobs'").get()).toBeUndefined();
    db.close();
  });
});
