import type { Migration } from '../migrate.js';

/** Jobs and their event stream (logs, metrics, state changes). */
export const m0002: Migration = {
  version: 2,
  name: '0002-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE jobs (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,
        params       TEXT NOT NULL CHECK (json_valid(params)),
        status       TEXT NOT NULL CHECK (status IN ('queued','running','succeeded','failed','cancelled','interrupted')),
        progress     REAL NOT NULL DEFAULT 0,
        message      TEXT NOT NULL DEFAULT '',
        eta_seconds  REAL,
        result       TEXT CHECK (result IS NULL OR json_valid(result)),
        error        TEXT CHECK (error IS NULL OR json_valid(error)),
        artifact_dir TEXT,
        owner        TEXT,
        created_at   TEXT NOT NULL,
        started_at   TEXT,
        finished_at  TEXT
      ) STRICT;
      CREATE INDEX jobs_status ON jobs (status);
      CREATE INDEX jobs_created ON jobs (created_at);
      CREATE TABLE job_events (
        job_id  TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        seq     INTEGER NOT NULL,
        at      TEXT NOT NULL,
        type    TEXT NOT NULL CHECK (type IN ('log','metric','state')),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (job_id, seq)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
