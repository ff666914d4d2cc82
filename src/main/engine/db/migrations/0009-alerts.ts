import type { Migration } from '../migrate.js';

/**
 * Monitoring alerts: one row per alert with its evidence (JSON), open until acknowledged. While
 * open, raising the same condition again (same `dedupe_key`) bumps `count` and `last_seen_at` of
 * that row instead of adding one; the partial unique index makes "one open alert per key" a rule
 * of the database. Alerts outlive the model they name (no foreign key): they are a record.
 * `webhook_status` keeps the last webhook delivery ('sent', 'failed: …', or NULL).
 */
export const m0009: Migration = {
  version: 9,
  name: '0009-alerts',
  up(db) {
    db.exec(`
      CREATE TABLE alerts (
        id               TEXT PRIMARY KEY,
        model_name       TEXT NOT NULL,
        version          INTEGER,
        kind             TEXT NOT NULL CHECK (kind IN ('drift', 'performance', 'quality', 'server_errors', 'loop')),
        severity         TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
        title            TEXT NOT NULL,
        message          TEXT NOT NULL,
        evidence         TEXT NOT NULL CHECK (json_valid(evidence)),
        dedupe_key       TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        last_seen_at     TEXT NOT NULL,
        count            INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
        acknowledged_at  TEXT,
        acknowledged_by  TEXT,
        webhook_status   TEXT,
        CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX alerts_open_dedupe ON alerts (dedupe_key) WHERE acknowledged_at IS NULL;
      CREATE INDEX alerts_model_created ON alerts (model_name, created_at);
      CREATE INDEX alerts_created ON alerts (created_at);
    `);
  },
};
