/**
 * Where request-log rows are written. Rows cross to the log-writer thread as they are (a
 * structured clone is about 3x cheaper than JSON.stringify on the serving thread, measured here);
 * SqliteLogSink turns them into JSON columns and writes them on the connection it is given, one
 * transaction per chunk (it runs in the log-writer thread; tests use it directly).
 */
import type { Db } from '../../db/connection.js';
import type { LoggedPrediction, RowOutput } from '../types.js';

export interface FeedbackRow {
  predictionId: string;
  label: string | number;
  at: number;
}

export interface LogSink {
  writeLog(rows: LoggedPrediction[]): void | Promise<void>;
  writeFeedback(rows: FeedbackRow[]): void | Promise<void>;
}

/** The output as stored: prediction, and probabilities as a plain array (Float32Array → number[]). */
export function storedOutput(o: RowOutput): { prediction: string | number; probabilities?: number[] } {
  return o.probabilities
    ? {
        prediction: o.prediction,
        probabilities: Array.from(o.probabilities, (p) => Math.round(p * 1e6) / 1e6),
      }
    : { prediction: o.prediction };
}

export class SqliteLogSink implements LogSink {
  private readonly log;
  private readonly feedback;

  constructor(db: Db) {
    const insertLog = db.prepare(
      'INSERT OR IGNORE INTO prediction_log (prediction_id, model_name, version, features, output, latency_ms, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertFeedback = db.prepare(
      'INSERT INTO prediction_feedback (prediction_id, label, at) VALUES (?, ?, ?)',
    );
    this.log = db.transaction((rows: LoggedPrediction[]) => {
      for (const r of rows)
        insertLog.run(
          r.predictionId,
          r.modelName,
          r.version,
          JSON.stringify(r.features),
          JSON.stringify(storedOutput(r.output)),
          r.latencyMs,
          r.at,
        );
    });
    this.feedback = db.transaction((rows: FeedbackRow[]) => {
      for (const r of rows) insertFeedback.run(r.predictionId, JSON.stringify(r.label), r.at);
    });
  }

  writeLog(rows: LoggedPrediction[]): void {
    this.log.immediate(rows);
  }

  writeFeedback(rows: FeedbackRow[]): void {
    this.feedback.immediate(rows);
  }
}
