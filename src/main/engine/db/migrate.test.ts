import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, type Migration, migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

describe('migrate', () => {
  it('numbers migrations 1..n and brings a new database to the latest version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION); // idempotent
    db.close();
  });

  it('runs all pending migrations in one transaction: a failure leaves the database as it was', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      MIGRATIONS[0] as Migration,
      {
        version: 2,
        name: '0002-broken',
        up(d) {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          d.exec('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, 2, broken)).toThrow(/syntax error/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a misnumbered migration list', () => {
    const db = new Database(':memory:');
    const wrong: Migration[] = [{ version: 2, name: 'x', up() {} }];
    expect(() => migrate(db, 1, wrong)).toThrow(/numbered 2, expected 1/);
    db.close();
  });
});
