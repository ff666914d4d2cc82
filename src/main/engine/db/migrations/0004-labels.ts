import type { Migration } from '../migrate.js';

/**
 * Labeling: a label set per dataset; every label an annotator gives, with history (a relabel
 * supersedes, an undo retracts; nothing is deleted); uncertainty scores a model supplies to
 * order the queue. Labels attach to stable row ids, so they survive recipes.
 */
export const m0004: Migration = {
  version: 4,
  name: '0004-labels',
  up(db) {
    db.exec(`
      CREATE TABLE label_sets (
        dataset_id TEXT PRIMARY KEY REFERENCES datasets (id) ON DELETE CASCADE,
        column     TEXT NOT NULL,
        classes    TEXT NOT NULL CHECK (json_valid(classes)),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE labels (
        id         INTEGER PRIMARY KEY,
        dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
        row_id     INTEGER NOT NULL,
        label      TEXT NOT NULL,
        annotator  TEXT NOT NULL,
        at         TEXT NOT NULL,
        state      TEXT NOT NULL DEFAULT 'current' CHECK (state IN ('current','superseded','retracted')),
        -- 1: a reviewer's decision on a row annotators disagree on; it wins over their labels
        resolution INTEGER NOT NULL DEFAULT 0 CHECK (resolution IN (0, 1))
      ) STRICT;
      CREATE INDEX labels_row ON labels (dataset_id, row_id);
      CREATE UNIQUE INDEX labels_one_current ON labels (dataset_id, annotator, row_id, resolution) WHERE state = 'current';
      CREATE TABLE label_scores (
        dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
        source     TEXT NOT NULL,
        row_id     INTEGER NOT NULL,
        entropy    REAL NOT NULL,
        margin     REAL NOT NULL,
        at         TEXT NOT NULL,
        PRIMARY KEY (dataset_id, source, row_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
