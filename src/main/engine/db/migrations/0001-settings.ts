import type { Migration } from '../migrate.js';

/** Workspace settings: one row per key, the value as JSON. */
export const m0001: Migration = {
  version: 1,
  name: '0001-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
