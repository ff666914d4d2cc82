import type { Migration } from '../migrate.js';

/**
 * The model registry: every stage change of a model version (who, when, why), and the rule that
 * a model has at most one production version at a time.
 */
export const m0006: Migration = {
  version: 6,
  name: '0006-registry',
  up(db) {
    db.exec(`
      -- rowid orders the events (several may share a millisecond)
      CREATE TABLE model_stage_events (
        id         TEXT PRIMARY KEY,
        model_name TEXT NOT NULL REFERENCES models (name) ON DELETE CASCADE,
        version    INTEGER NOT NULL,
        from_stage TEXT NOT NULL CHECK (from_stage IN ('candidate','staging','production','archived')),
        to_stage   TEXT NOT NULL CHECK (to_stage IN ('candidate','staging','production','archived')),
        action     TEXT NOT NULL CHECK (action IN ('promote','rollback','demote')),
        reason     TEXT NOT NULL,
        actor      TEXT NOT NULL,
        at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX model_stage_events_model ON model_stage_events (model_name, version);
      CREATE UNIQUE INDEX model_versions_one_production ON model_versions (model_name) WHERE stage = 'production';
    `);
  },
};
