/**
 * The server thread's side of the request-log writer thread: a LogSink whose writes are messages
 * to it, answered when the chunk is committed (or refused, with SQLite's error code).
 */
import { Worker } from 'node:worker_threads';
import type { FeedbackRow, LogSink } from '../runtime/log-sink.js';
import type { LoggedRequest } from '../types.js';
import type { FromLogWriter, LogWriterStart, ToLogWriter } from './log-writer-protocol.js';
import { resolveServerWorker } from './worker-launch.js';

export class LogWriterClient implements LogSink {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(): void; reject(e: unknown): void }>();
  private nextId = 1;
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(start: LogWriterStart, onWarning: (message: string) => void) {
    const launch = resolveServerWorker(undefined, 'log-writer');
    this.worker = new Worker(launch.file, { eval: launch.eval, workerData: start });
    this.worker.on('message', (m: FromLogWriter) => {
      if (m.type === 'done') {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error) p?.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
        else p?.resolve();
      } else if (m.type === 'warning') onWarning(m.message);
      else if (m.type === 'closed') void this.worker.terminate();
    });
    this.worker.on('error', (err) => onWarning(`request log writer failed: ${err.message}`));
    this.exit = new Promise((resolve) => {
      this.worker.on('exit', () => {
        this.exited = true;
        for (const p of this.pending.values()) p.reject(new Error('the request log writer stopped'));
        this.pending.clear();
        resolve();
      });
    });
  }

  /** Start the writer thread; resolves once its database is open. */
  static async start(start: LogWriterStart, onWarning: (message: string) => void): Promise<LogWriterClient> {
    const c = new LogWriterClient(start, onWarning);
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: FromLogWriter) => {
        if (m.type === 'ready') resolve();
        else if (m.type === 'failed') reject(new Error(`the request log cannot be written: ${m.message}`));
        else return;
        c.worker.off('message', onMessage);
      };
      c.worker.on('message', onMessage);
      void c.exit.then(() => reject(new Error('the request log writer stopped while starting')));
    });
    return c;
  }

  private request(m: ToLogWriter & { id: number }): Promise<void> {
    if (this.exited) return Promise.reject(new Error('the request log writer stopped'));
    return new Promise<void>((resolve, reject) => {
      this.pending.set(m.id, { resolve, reject });
      this.worker.postMessage(m);
    });
  }

  writeLog(requests: LoggedRequest[]): Promise<void> {
    return this.request({ type: 'log', id: this.nextId++, requests });
  }

  writeFeedback(rows: FeedbackRow[]): Promise<void> {
    return this.request({ type: 'feedback', id: this.nextId++, rows });
  }

  /** Close its database and end the thread (after the writes already sent). */
  async close(): Promise<void> {
    if (this.exited) return;
    this.worker.postMessage({ type: 'close' } satisfies ToLogWriter);
    const timer = setTimeout(() => void this.worker.terminate(), 10_000);
    await this.exit;
    clearTimeout(timer);
  }
}
