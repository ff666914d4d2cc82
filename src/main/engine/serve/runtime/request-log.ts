/**
 * The request log and the feedback sink of the inference server: one entry per predict request
 * (raw body, outputs, id block, latency, version, time) and every ground-truth label. record()
 * only buffers (bounded in rows, whole requests dropped and their rows counted); BufferedWriter
 * hands chunks to a LogSink — in the server, the log-writer thread, so SQLite's work never runs on
 * the thread that answers requests.
 */
import type { Db } from '../../db/connection.js';
import { parsePredictionId } from '../http/prediction-ids.js';
import type { FeedbackSink, LoggedRequest, RequestLog } from '../types.js';
import { BufferedWriter } from './buffered-writer.js';
import type { FeedbackRow, LogSink } from './log-sink.js';
import { inBlock, storedIdLookup } from './logged-ids.js';

export interface RequestLogArgs {
  sink: LogSink;
  /** A connection of this thread to look up prediction ids already written (read-only is enough). */
  lookup: Db;
  /** Rows (predictions) buffered at most. */
  bufferRows: number;
  intervalMs?: number;
  chunkRows?: number;
  onDrop?(rows: number): void;
  onError?(message: string): void;
}

const rowsOf = (r: LoggedRequest) => r.rows;

export class SqliteRequestLog implements RequestLog {
  readonly feedback: FeedbackSink & { stats(): { buffered: number; logged: number; dropped: number } };
  private readonly log: BufferedWriter<LoggedRequest>;
  private readonly feedbackWriter: BufferedWriter<FeedbackRow>;
  /** Requests buffered or being written (not yet findable in the database). */
  private readonly pending = new Set<LoggedRequest>();
  private readonly stored: (predictionId: string) => boolean;

  constructor(args: RequestLogArgs) {
    const common = {
      limit: args.bufferRows,
      ...(args.intervalMs !== undefined ? { intervalMs: args.intervalMs } : {}),
      ...(args.chunkRows !== undefined ? { chunkRows: args.chunkRows } : {}),
      ...(args.onError ? { onError: args.onError } : {}),
    };
    const { sink } = args;
    this.log = new BufferedWriter<LoggedRequest>({
      ...common,
      rowsOf,
      write: (requests) => sink.writeLog(requests as LoggedRequest[]),
      onSettled: (requests) => {
        for (const r of requests) this.pending.delete(r);
      },
      ...(args.onDrop ? { onDrop: args.onDrop } : {}),
    });
    const fw = new BufferedWriter<FeedbackRow>({
      ...common,
      write: (rows) => sink.writeFeedback(rows as FeedbackRow[]),
    });
    this.feedbackWriter = fw;
    this.feedback = { record: (rows) => fw.add(rows), stats: () => fw.stats() };
    this.stored = storedIdLookup(args.lookup);
  }

  record(request: LoggedRequest): void {
    if (this.log.add([request]) === 1) this.pending.add(request);
  }

  has(predictionId: string): boolean {
    const id = parsePredictionId(predictionId);
    if (!id) return false;
    for (const r of this.pending) if (inBlock(id, r)) return true;
    return this.stored(predictionId);
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
