import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';

describe('migration 0003-datasets', () => {
  it('adds datasets, versions with lineage, and a per-version cache', () => {
    const db = new Database(':memory:');
    migrate(db, 2);
    db.prepare(
      "INSERT INTO jobs (id, kind, params, status, created_at) VALUES ('j', 'k', '{}', 'queued', 'now')",
    ).run();
    expect(migrate(db, 3)).toBe(3);
    expect(db.prepare('SELECT count(*) FROM jobs').pluck().get()).toBe(1);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO datasets VALUES ('d', 'adult', '/x.csv', 'csv', 10, 'now')").run();
    expect(() =>
      db.prepare("INSERT INTO datasets VALUES ('d2', 'adult', '/y.csv', 'csv', 10, 'now')").run(),
    ).toThrow(/UNIQUE/);
    const v = db.prepare(
      "INSERT INTO dataset_versions (id, dataset_id, number, parent_id, rows, columns, row_ids_blob, content_hash, created_at) VALUES (?, 'd', ?, ?, 5, '[]', 'b', 'h', 'now')",
    );
    v.run('v1', 1, null);
    v.run('v2', 2, 'v1');
    expect(() => v.run('v3', 2, 'v1')).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE dataset_versions SET task = 'clustering' WHERE id = 'v1'").run()).toThrow(
      /CHECK/,
    );
    db.prepare("INSERT INTO version_cache VALUES ('v2', 'profile', 'k', '{}', 'now')").run();
    db.prepare("DELETE FROM datasets WHERE id = 'd'").run();
    expect(db.prepare('SELECT count(*) FROM dataset_versions').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM version_cache').pluck().get()).toBe(0);
    db.close();
  });
});
