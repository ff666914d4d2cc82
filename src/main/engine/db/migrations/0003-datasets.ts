import type { Migration } from '../migrate.js';

/**
 * Datasets and their immutable versions. A version's rows live in content-addressed column
 * files (artifacts/columns); the row here is its manifest: column names, types, roles and
 * file hashes, the row-id file, lineage (parent + recipe) and the content hash.
 * version_cache holds computed, re-derivable results (profile, quality report, pipeline).
 */
export const m0003: Migration = {
  version: 3,
  name: '0003-datasets',
  up(db) {
    db.exec(`
      CREATE TABLE datasets (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        source_path   TEXT NOT NULL,
        source_format TEXT NOT NULL CHECK (source_format IN ('csv','tsv','json','jsonl')),
        source_bytes  INTEGER NOT NULL,
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE TABLE dataset_versions (
        id           TEXT PRIMARY KEY,
        dataset_id   TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
        number       INTEGER NOT NULL,
        parent_id    TEXT REFERENCES dataset_versions (id) ON DELETE SET NULL,
        recipe       TEXT CHECK (recipe IS NULL OR json_valid(recipe)),
        note         TEXT NOT NULL DEFAULT '',
        rows         INTEGER NOT NULL,
        columns      TEXT NOT NULL CHECK (json_valid(columns)),
        row_ids_blob TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        target       TEXT,
        task         TEXT CHECK (task IS NULL OR task IN ('binary','multiclass','regression')),
        split        TEXT CHECK (split IS NULL OR json_valid(split)),
        created_at   TEXT NOT NULL,
        UNIQUE (dataset_id, number)
      ) STRICT;
      CREATE INDEX dataset_versions_dataset ON dataset_versions (dataset_id);
      CREATE TABLE version_cache (
        version_id  TEXT NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        key         TEXT NOT NULL,
        value       TEXT NOT NULL CHECK (json_valid(value)),
        computed_at TEXT NOT NULL,
        PRIMARY KEY (version_id, kind)
      ) STRICT;
    `);
  },
};
