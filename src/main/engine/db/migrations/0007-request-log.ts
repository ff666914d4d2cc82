import type { Migration } from '../migrate.js';

/**
 * The inference server's request log (every prediction: raw features, output, latency, version,
 * time) and the ground truth sent back for predictions (feedback), for monitoring. Rows are
 * appended in batches by the server; retention deletes the oldest (rowid order is arrival order).
 * features, output and label hold JSON written by the server's own JSON.stringify; they carry no
 * json_valid CHECK, which would parse every row again on the hot write path (about a third of
 * the insert cost measured here).
 */
export const m0007: Migration = {
  version: 7,
  name: '0007-request-log',
  up(db) {
    db.exec(`
      CREATE TABLE prediction_log (
        prediction_id TEXT PRIMARY KEY,
        model_name    TEXT NOT NULL,
        version       INTEGER NOT NULL,
        features      TEXT NOT NULL,
        output        TEXT NOT NULL,
        latency_ms    REAL NOT NULL,
        at            INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX prediction_log_model_at ON prediction_log (model_name, at);
      CREATE TABLE prediction_feedback (
        prediction_id TEXT NOT NULL,
        label         TEXT NOT NULL,
        at            INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX prediction_feedback_id ON prediction_feedback (prediction_id);
    `);
  },
};
