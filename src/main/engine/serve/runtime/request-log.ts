/**
 * The request log and the feedback sink of the inference server: every prediction (raw features,
 * output, latency, version, time, id) and every ground-truth label. record() only buffers (bounded,
 * drops counted); BufferedWriter hands chunks to a LogSink — in the server, the log-writer thread,
 * so JSON encoding and SQLite's work never run on the thread that answers requests.
 */
import type { Db } from '../../db/connection.js';
import type { FeedbackSink, LoggedPrediction, RequestLog } from '../types.js';
import { BufferedWriter } from './buffered-writer.js';
import type { FeedbackRow, LogSink } from './log-sink.js';

export interface RequestLogArgs {
  sink: LogSink;
  /** A connection of this thread to look up prediction ids already written (read-only is enough). */
  lookup: Db;
  bufferRows: number;
  intervalMs?: number;
  chunkRows?: number;
  onDrop?(rows: number): void;
  onError?(message: string): void;
}

export class SqliteRequestLog implements RequestLog {
  readonly feedback: FeedbackSink & { stats(): { buffered: number; logged: number; dropped: number } };
  private readonly log: BufferedWriter<LoggedPrediction>;
  private readonly feedbackWriter: BufferedWriter<FeedbackRow>;
  private readonly pendingIds = new Set<string>();
  private readonly exists;

  constructor(args: RequestLogArgs) {
    const common = {
      limit: args.bufferRows,
      ...(args.intervalMs !== undefined ? { intervalMs: args.intervalMs } : {}),
      ...(args.chunkRows !== undefined ? { chunkRows: args.chunkRows } : {}),
      ...(args.onError ? { onError: args.onError } : {}),
    };
    const { sink } = args;
    this.log = new BufferedWriter<LoggedPrediction>({
      ...common,
      write: (rows) => sink.writeLog(rows as LoggedPrediction[]),
      onSettled: (rows) => {
        for (const r of rows) this.pendingIds.delete(r.predictionId);
      },
      ...(args.onDrop ? { onDrop: args.onDrop } : {}),
    });
    const fw = new BufferedWriter<FeedbackRow>({
      ...common,
      write: (rows) => sink.writeFeedback(rows as FeedbackRow[]),
    });
    this.feedbackWriter = fw;
    this.feedback = { record: (rows) => fw.add(rows), stats: () => fw.stats() };
    this.exists = args.lookup.prepare('SELECT 1 FROM prediction_log WHERE prediction_id = ?').pluck();
  }

  record(rows: LoggedPrediction[]): void {
    const before = this.log.stats().dropped;
    this.log.add(rows);
    const kept = rows.length - (this.log.stats().dropped - before);
    for (let i = 0; i < kept; i++) this.pendingIds.add((rows[i] as LoggedPrediction).predictionId);
  }

  has(predictionId: string): boolean {
    return this.pendingIds.has(predictionId) || this.exists.get(predictionId) !== undefined;
  }

  stats(): { buffered: number; logged: number; dropped: number } {
    return this.log.stats();
  }

  /** Write what is buffered (on stop), then stop the timers. */
  async close(): Promise<void> {
    await Promise.all([this.log.drain(), this.feedbackWriter.drain()]);
    this.log.close();
    this.feedbackWriter.close();
  }
}
