import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

/** 'AIFa' — marks factory.db as ours, so a foreign SQLite file is never migrated. */
export const APPLICATION_ID = 0x41494661;

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Apply every pending migration in one transaction and set PRAGMA user_version.
 * If any step fails, the database is left exactly as it was.
 */
export function migrate(
  db: Database.Database,
  target = LATEST_SCHEMA_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= target) return current;
  const run = db.transaction(() => {
    for (const m of migrations.slice(current, target)) m.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${target}`);
  });
  run.immediate();
  return target;
}
