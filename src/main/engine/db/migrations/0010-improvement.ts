import type { Migration } from '../migrate.js';

/**
 * The continuous-improvement loop.
 * - `improvement_policies`: a model's policies (JSON, validated by the app) and what the loop
 *   remembers between looks (last run, failures in a row, backoff). Unique by (model, name).
 * - `improvement_cycles`: one row per cycle a policy (or a person) started, with the stage it is
 *   in, the job it waits for and everything it made (dataset version, run, evaluations). Only one
 *   cycle of a model may be unfinished at a time (partial unique index).
 * - `timeline_events`: every decision of the loop with its numbers and links; append-only.
 * - `production_label_queue`: production predictions sampled for analysts (from drifted windows,
 *   and the least certain answers), with the inputs as sent; one row per prediction id.
 */
export const m0010: Migration = {
  version: 10,
  name: '0010-improvement',
  up(db) {
    db.exec(`
      CREATE TABLE improvement_policies (
        id             TEXT PRIMARY KEY,
        model_name     TEXT NOT NULL,
        name           TEXT NOT NULL,
        position       INTEGER NOT NULL,
        policy         TEXT NOT NULL CHECK (json_valid(policy)),
        last_run_at    TEXT,
        failures       INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        backoff_until  TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        UNIQUE (model_name, name)
      ) STRICT;
      CREATE TABLE improvement_cycles (
        id                    TEXT PRIMARY KEY,
        model_name            TEXT NOT NULL,
        policy_id             TEXT,
        policy_name           TEXT NOT NULL,
        policy                TEXT NOT NULL CHECK (json_valid(policy)),
        status                TEXT NOT NULL CHECK (status IN ('running', 'awaiting_approval', 'watching', 'completed', 'rejected', 'rolled_back', 'skipped', 'failed', 'interrupted')),
        stage                 TEXT NOT NULL CHECK (stage IN ('dataset', 'train', 'evaluate', 'gate', 'promote', 'watch', 'done')),
        trigger               TEXT NOT NULL CHECK (json_valid(trigger)),
        champion_version      INTEGER NOT NULL,
        challenger_version    INTEGER,
        dataset_version_id    TEXT,
        recent_version_id     TEXT,
        run_id                TEXT,
        tuning_id             TEXT,
        evaluation_id         TEXT,
        recent_evaluation_id  TEXT,
        job_id                TEXT,
        production_rows       INTEGER NOT NULL DEFAULT 0,
        data_until            INTEGER,
        baseline              TEXT CHECK (baseline IS NULL OR json_valid(baseline)),
        promoted_at           INTEGER,
        error                 TEXT,
        started_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        ended_at              TEXT
      ) STRICT;
      CREATE UNIQUE INDEX improvement_cycles_one_open ON improvement_cycles (model_name)
        WHERE status IN ('running', 'awaiting_approval');
      CREATE INDEX improvement_cycles_model ON improvement_cycles (model_name, started_at);
      CREATE TABLE timeline_events (
        id          INTEGER PRIMARY KEY,
        model_name  TEXT NOT NULL,
        cycle_id    TEXT,
        at          TEXT NOT NULL,
        kind        TEXT NOT NULL,
        title       TEXT NOT NULL,
        message     TEXT NOT NULL,
        vals        TEXT NOT NULL CHECK (json_valid(vals)),
        links       TEXT NOT NULL CHECK (json_valid(links))
      ) STRICT;
      CREATE INDEX timeline_events_model ON timeline_events (model_name, id);
      CREATE TABLE production_label_queue (
        prediction_id  TEXT PRIMARY KEY,
        model_name     TEXT NOT NULL,
        version        INTEGER NOT NULL,
        reason         TEXT NOT NULL CHECK (reason IN ('drift', 'uncertain')),
        score          REAL NOT NULL,
        at             INTEGER NOT NULL,
        features       TEXT NOT NULL CHECK (json_valid(features)),
        predicted      TEXT,
        label          TEXT,
        labeled_by     TEXT,
        labeled_at     TEXT,
        added_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX production_label_queue_model ON production_label_queue (model_name, label, score);
    `);
  },
};
