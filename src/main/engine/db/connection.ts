import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.js';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from './migrate.js';

export type Db = Database.Database;

export interface OpenDatabaseArgs {
  /** Path of factory.db. */
  path: string;
  /** Open without writing: no migrations, no pragmas that write. */
  readonly?: boolean;
  /** Path of a better_sqlite3.node built for this runtime (Electron passes its own build). */
  nativeBinding?: string;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Refuse a file that is not SQLite before SQLite touches it, so nothing is overwritten. */
function assertSqliteFileOrAbsent(path: string): void {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      throw new AppError(
        'workspace',
        `${path} is a folder, but the workspace database must be a file. Move the folder away or choose another workspace with --workspace.`,
      );
    }
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new AppError('workspace', `Cannot read ${path}: ${(err as Error).message}`);
  }
  if (size === 0) return;
  const buf = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 100 || buf.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError(
      'workspace',
      `${path} is not an AI Factory database (it is not an SQLite file). Nothing was changed. Move the file away or choose another workspace with --workspace.`,
    );
  }
}

/** Check identity and version; throws a workspace error naming the path and what to do. */
function assertOurs(db: Db, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (
    db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }
  ).n;
  if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0 || version > 0)) {
    throw new AppError(
      'workspace',
      `${path} is an SQLite database of another application, not an AI Factory workspace. Nothing was changed. Move it away or choose another workspace with --workspace.`,
    );
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'workspace',
      `${path} was written by a newer AI Factory (schema version ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). Nothing was changed. Update AI Factory, or choose another workspace with --workspace.`,
    );
  }
}

function describeSqliteError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError(
      'workspace',
      `${path} is damaged or not a database (${e.message}). Nothing was changed. Restore it from a backup, or move it away to start a new workspace there.`,
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new AppError(
      'workspace',
      `Cannot open ${path} for writing (${e.message}). Check the folder's permissions, or choose another workspace with --workspace.`,
    );
  }
  return new AppError('workspace', `Cannot open ${path}: ${e.message ?? String(err)}`);
}

/**
 * Open factory.db: WAL, foreign keys, a busy timeout; refuse foreign, damaged or newer files
 * with a message naming the path; migrate to the latest schema in one transaction.
 */
export function openDatabase(args: OpenDatabaseArgs): Db {
  const { path } = args;
  assertSqliteFileOrAbsent(path);
  let db: Db | undefined;
  try {
    db = new Database(path, {
      readonly: args.readonly ?? false,
      fileMustExist: args.readonly ?? false,
      ...(args.nativeBinding ? { nativeBinding: args.nativeBinding } : {}),
    });
    db.pragma('busy_timeout = 5000');
    assertOurs(db, path);
    if (!args.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (err) {
    db?.close();
    throw describeSqliteError(err, path);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
