import type { Migration } from '../migrate.js';

/**
 * Evaluations: one row per evaluation run of a model version (the whole report as JSON, with
 * the verdict and a one-line summary as columns for lists), and each model's gate policy.
 */
export const m0008: Migration = {
  version: 8,
  name: '0008-evaluations',
  up(db) {
    db.exec(`
      CREATE TABLE evaluations (
        id          TEXT PRIMARY KEY,
        model_name  TEXT NOT NULL REFERENCES models (name) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        job_id      TEXT,
        passed      INTEGER NOT NULL CHECK (passed IN (0, 1)),
        summary     TEXT NOT NULL,
        report      TEXT NOT NULL CHECK (json_valid(report)),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evaluations_version ON evaluations (model_name, version, created_at);

      CREATE TABLE gate_policies (
        model_name  TEXT PRIMARY KEY REFERENCES models (name) ON DELETE CASCADE,
        policy      TEXT NOT NULL CHECK (json_valid(policy)),
        updated_at  TEXT NOT NULL,
        updated_by  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
