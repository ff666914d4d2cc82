import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { tempDir } from '../test-support/temp-workspace.js';
import { openDatabase, schemaVersion } from './connection.js';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION } from './migrate.js';

const dirs: (() => void)[] = [];
afterEach(() => {
  for (const c of dirs.splice(0)) c();
});
function dbPath(): string {
  const t = tempDir();
  dirs.push(t.cleanup);
  return join(t.dir, 'factory.db');
}
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function expectWorkspaceError(fn: () => unknown, pattern: RegExp): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).kind).toBe('workspace');
    expect((err as AppError).message).toMatch(pattern);
    return err as AppError;
  }
  throw new Error('expected a workspace error');
}

describe('openDatabase', () => {
  it('creates, migrates and configures a new database (WAL, foreign keys, busy timeout)', () => {
    const path = dbPath();
    const db = openDatabase({ path });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    const again = openDatabase({ path });
    expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });

  it('refuses a file that is not SQLite, naming the path, and leaves it untouched', () => {
    const path = dbPath();
    writeFileSync(path, 'name,age\nada,36\n'.repeat(50));
    const before = sha(path);
    const err = expectWorkspaceError(() => openDatabase({ path }), /not an SQLite file/);
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/Nothing was changed/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a damaged SQLite file and leaves it untouched', () => {
    const path = dbPath();
    const good = openDatabase({ path });
    good.pragma('wal_checkpoint(TRUNCATE)');
    good.close();
    const bytes = readFileSync(path);
    // Keep the header magic, overwrite the rest of page 1 and beyond with garbage.
    for (let i = 16; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(path, bytes);
    const before = sha(path);
    const err = expectWorkspaceError(() => openDatabase({ path }), /damaged or not a database/);
    expect(err.message).toContain(path);
    expect(sha(path)).toBe(before);
  });

  it("refuses another application's SQLite database", () => {
    const path = dbPath();
    const foreign = new Database(path);
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    foreign.close();
    const before = sha(path);
    expectWorkspaceError(() => openDatabase({ path }), /another application/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a database written by a newer version, saying what to do', () => {
    const path = dbPath();
    const db = openDatabase({ path });
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha(path);
    const err = expectWorkspaceError(() => openDatabase({ path }), /newer AI Factory/);
    expect(err.message).toContain(`schema version ${LATEST_SCHEMA_VERSION + 5}`);
    expect(err.message).toMatch(/Update AI Factory/);
    expect(sha(path)).toBe(before);
  });
});
