/**
 * Where request-log entries are written. One entry per predict request crosses to the log-writer
 * thread as it is (strings and typed arrays: a memcpy each in the structured clone); SqliteLogSink
 * writes one row per request on the connection it is given, one transaction per chunk (it runs in
 * the log-writer thread; tests use it directly).
 */
import type { Db } from '../../db/connection.js';
import type { LoggedRequest } from '../types.js';

export interface FeedbackRow {
  predictionId: string;
  label: string | number;
  at: number;
}

export interface LogSink {
  writeLog(requests: LoggedRequest[]): void | Promise<void>;
  writeFeedback(rows: FeedbackRow[]): void | Promise<void>;
}

/** A typed array's bytes as a Buffer (no copy), for a BLOB column. */
export function bytesOf(a: Uint8Array | Float32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

export class SqliteLogSink implements LogSink {
  private readonly log;
  private readonly feedback;

  constructor(db: Db) {
    const insertLog = db.prepare(
      `INSERT OR IGNORE INTO prediction_requests
         (model_name, version, id_prefix, first_seq, rows, format, body, json_length, labels, outputs, latency_ms, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertFeedback = db.prepare(
      'INSERT INTO prediction_feedback (prediction_id, label, at) VALUES (?, ?, ?)',
    );
    this.log = db.transaction((requests: LoggedRequest[]) => {
      for (const r of requests)
        insertLog.run(
          r.modelName,
          r.version,
          r.idPrefix,
          r.firstSeq,
          r.rows,
          r.format,
          typeof r.body === 'string' ? r.body : bytesOf(r.body),
          r.jsonLength,
          r.labels,
          bytesOf(r.outputs),
          r.latencyMs,
          r.at,
        );
    });
    this.feedback = db.transaction((rows: FeedbackRow[]) => {
      for (const r of rows) insertFeedback.run(r.predictionId, JSON.stringify(r.label), r.at);
    });
  }

  writeLog(requests: LoggedRequest[]): void {
    this.log.immediate(requests);
  }

  writeFeedback(rows: FeedbackRow[]): void {
    this.feedback.immediate(rows);
  }
}
