import type { Migration } from '../migrate.js';

/**
 * Training runs (with their per-epoch curves), tunings, and the models / model versions a
 * finished run makes. A run outlives its jobs: each resume is a new job on the same run.
 */
export const m0005: Migration = {
  version: 5,
  name: '0005-runs',
  up(db) {
    db.exec(`
      CREATE TABLE tunings (
        id          TEXT PRIMARY KEY,
        job_id      TEXT REFERENCES jobs (id) ON DELETE SET NULL,
        status      TEXT NOT NULL CHECK (status IN ('queued','running','succeeded','failed','cancelled','interrupted')),
        spec        TEXT NOT NULL CHECK (json_valid(spec)),
        space       TEXT NOT NULL CHECK (json_valid(space)),
        metric_name TEXT NOT NULL CHECK (metric_name IN ('accuracy','rmse')),
        best_run_id TEXT,
        total_epochs INTEGER NOT NULL DEFAULT 0,
        -- the trials as the tuning last reported them (including any that failed before training)
        trials      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(trials)),
        created_at  TEXT NOT NULL,
        finished_at TEXT
      ) STRICT;
      CREATE TABLE runs (
        id              TEXT PRIMARY KEY,
        kind            TEXT NOT NULL CHECK (kind IN ('train','trial')),
        tuning_id       TEXT REFERENCES tunings (id) ON DELETE CASCADE,
        trial_values    TEXT CHECK (trial_values IS NULL OR json_valid(trial_values)),
        trial_rung      INTEGER NOT NULL DEFAULT 0,
        status          TEXT NOT NULL CHECK (status IN ('queued','running','succeeded','failed','cancelled','interrupted','stopped')),
        dataset_id      TEXT NOT NULL,
        version_id      TEXT NOT NULL,
        version_hash    TEXT NOT NULL,
        test_version_id TEXT,
        target          TEXT NOT NULL,
        task            TEXT NOT NULL CHECK (task IN ('binary','multiclass','regression')),
        template        TEXT NOT NULL,
        params          TEXT NOT NULL CHECK (json_valid(params)),
        seed            INTEGER NOT NULL,
        backend         TEXT NOT NULL DEFAULT '',
        device          TEXT NOT NULL DEFAULT '',
        app_version     TEXT NOT NULL,
        metric_name     TEXT NOT NULL CHECK (metric_name IN ('accuracy','rmse')),
        epochs_done     INTEGER NOT NULL DEFAULT 0,
        best_epoch      INTEGER,
        metrics         TEXT CHECK (metrics IS NULL OR json_valid(metrics)),
        test_metrics    TEXT CHECK (test_metrics IS NULL OR json_valid(test_metrics)),
        duration_ms     REAL NOT NULL DEFAULT 0,
        samples_per_sec REAL,
        error           TEXT,
        job_id          TEXT REFERENCES jobs (id) ON DELETE SET NULL,
        model_name      TEXT,
        created_at      TEXT NOT NULL,
        finished_at     TEXT
      ) STRICT;
      CREATE INDEX runs_version ON runs (version_id);
      CREATE INDEX runs_tuning ON runs (tuning_id);
      CREATE INDEX runs_job ON runs (job_id);
      CREATE TABLE run_epochs (
        run_id          TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        epoch           INTEGER NOT NULL,
        loss            REAL NOT NULL,
        val_loss        REAL,
        metric          REAL,
        val_metric      REAL,
        learning_rate   REAL NOT NULL,
        samples_per_sec REAL NOT NULL,
        duration_ms     REAL NOT NULL,
        PRIMARY KEY (run_id, epoch)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE models (
        name       TEXT PRIMARY KEY,
        task       TEXT NOT NULL CHECK (task IN ('binary','multiclass','regression')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE model_versions (
        id           TEXT PRIMARY KEY,
        model_name   TEXT NOT NULL REFERENCES models (name) ON DELETE CASCADE,
        version      INTEGER NOT NULL,
        stage        TEXT NOT NULL DEFAULT 'candidate' CHECK (stage IN ('candidate','staging','production','archived')),
        run_id       TEXT NOT NULL REFERENCES runs (id),
        artifact_dir TEXT NOT NULL,
        metrics      TEXT CHECK (metrics IS NULL OR json_valid(metrics)),
        test_metrics TEXT CHECK (test_metrics IS NULL OR json_valid(test_metrics)),
        created_at   TEXT NOT NULL,
        UNIQUE (model_name, version)
      ) STRICT;
      CREATE INDEX model_versions_run ON model_versions (run_id);
    `);
  },
};
