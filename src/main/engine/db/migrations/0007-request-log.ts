import type { Migration } from '../migrate.js';

/**
 * The inference server's request log and the ground truth sent back for predictions (feedback),
 * for monitoring. The log holds one row per predict REQUEST (as payload loggers such as KServe's
 * do), not per prediction: the body exactly as received (`body`: JSON text, or the bytes of a
 * binary tensor request whose JSON part is the first `json_length` bytes), its `format`
 * ('v1-instances' | 'v1-inputs' | 'v2-json' | 'v2-binary'), the outputs as little-endian float32
 * (`rows` × classes probabilities with class names in `labels` (JSON), or `rows` values for
 * regression, labels NULL), and the block of prediction ids the rows were given: row i is
 * `${id_prefix}-${(first_seq + i) in base 36}`. Readers expand entries into rows
 * (serve/runtime/expand-logged.ts). Entries are appended in batches by the server; retention
 * deletes the oldest (id order is arrival order). Feedback stays one row per prediction id.
 */
export const m0007: Migration = {
  version: 7,
  name: '0007-request-log',
  up(db) {
    db.exec(`
      CREATE TABLE prediction_requests (
        id          INTEGER PRIMARY KEY,
        model_name  TEXT NOT NULL,
        version     INTEGER NOT NULL,
        id_prefix   TEXT NOT NULL,
        first_seq   INTEGER NOT NULL,
        rows        INTEGER NOT NULL CHECK (rows > 0),
        format      TEXT NOT NULL CHECK (format IN ('v1-instances', 'v1-inputs', 'v2-json', 'v2-binary')),
        body        ANY NOT NULL,
        json_length INTEGER,
        labels      TEXT,
        outputs     BLOB NOT NULL,
        latency_ms  REAL NOT NULL,
        at          INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX prediction_requests_model_at ON prediction_requests (model_name, at);
      CREATE UNIQUE INDEX prediction_requests_ids ON prediction_requests (id_prefix, first_seq);
      CREATE TABLE prediction_feedback (
        prediction_id TEXT NOT NULL,
        label         TEXT NOT NULL,
        at            INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX prediction_feedback_id ON prediction_feedback (prediction_id);
    `);
  },
};
