/**
 * One inference-server worker thread seen from the main thread: spawn it, wait until it is ready
 * (or failed), send it messages, ask it for predictions, stop it gracefully (terminated if it does
 * not stop in time).
 */
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_KINDS, type ErrorKind } from '../../../shared/errors.js';
import type { Prediction, ServedVersion } from '../../../shared/serve.js';
import type { FromServerWorker, ServerWorkerStart, ToServerWorker } from './worker/protocol.js';
import type { ServerWorkerLaunch } from './worker/worker-launch.js';

export interface WorkerCallbacks {
  onMessage(m: FromServerWorker): void;
  /** The thread ended without being asked to stop. */
  onCrash(message: string): void;
}

export type ReadyInfo = Extract<FromServerWorker, { type: 'ready' }>;

const STOP_TIMEOUT_MS = 20_000;

export class ServerWorker {
  private readonly worker: Worker;
  private readonly ready: Promise<ReadyInfo>;
  private readonly pending = new Map<number, { resolve(p: Prediction[]): void; reject(e: unknown): void }>();
  private nextId = 1;
  private stopRequested = false;
  private exited = false;
  private readonly exitPromise: Promise<void>;
  models: ServedVersion[] = [];

  constructor(launch: ServerWorkerLaunch, start: ServerWorkerStart, cb: WorkerCallbacks) {
    this.worker = new Worker(launch.file, { eval: launch.eval, workerData: start });
    let settle: { resolve(r: ReadyInfo): void; reject(e: unknown): void } | null = null;
    this.ready = new Promise<ReadyInfo>((resolve, reject) => {
      settle = { resolve, reject };
    });
    this.worker.on('message', (m: FromServerWorker) => {
      if (m.type === 'ready') {
        this.models = m.models;
        settle?.resolve(m);
      } else if (m.type === 'failed') {
        settle?.reject(Object.assign(new Error(m.message), { code: m.code }));
      } else if (m.type === 'models') this.models = m.models;
      // Everything is flushed and closed: end the thread now (tfjs may keep it alive otherwise).
      else if (m.type === 'stopped') void this.worker.terminate();
      else if (m.type === 'predicted') {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error) {
          const known = (ERROR_KINDS as readonly string[]).includes(m.error.kind);
          const kind: ErrorKind = known ? (m.error.kind as ErrorKind) : 'internal';
          p?.reject(new AppError(kind, m.error.message));
        } else p?.resolve(m.predictions ?? []);
      }
      cb.onMessage(m);
    });
    this.worker.on('error', (err) => {
      settle?.reject(err);
      if (!this.stopRequested) cb.onCrash(`the inference server failed: ${err.message}`);
    });
    this.exitPromise = new Promise<void>((resolve) => {
      this.worker.on('exit', (code) => {
        this.exited = true;
        const message = `the inference server stopped unexpectedly (exit code ${code})`;
        settle?.reject(new Error(message));
        for (const p of this.pending.values())
          p.reject(new AppError('unavailable', 'the inference server stopped; start it again and retry'));
        this.pending.clear();
        if (!this.stopRequested) cb.onCrash(message);
        resolve();
      });
    });
  }

  whenReady(): Promise<ReadyInfo> {
    return this.ready;
  }

  get alive(): boolean {
    return !this.exited && !this.stopRequested;
  }

  send(m: ToServerWorker): void {
    if (!this.exited) this.worker.postMessage(m);
  }

  predict(
    name: string,
    version: number | undefined,
    instances: Record<string, unknown>[],
  ): Promise<Prediction[]> {
    if (!this.alive)
      return Promise.reject(new AppError('unavailable', 'the inference server is stopping; retry'));
    const id = this.nextId++;
    return new Promise<Prediction[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'predict', id, name, ...(version !== undefined ? { version } : {}), instances });
    });
  }

  /** End the thread now (after a failed start: nothing is in flight, nothing to flush). */
  async terminate(): Promise<void> {
    this.stopRequested = true;
    if (this.exited) return;
    await this.worker.terminate();
    await this.exitPromise;
  }

  /** Ask it to stop (it finishes in-flight requests and flushes the log); terminate after a timeout. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    if (this.exited) return;
    this.send({ type: 'stop' });
    const timer = setTimeout(() => void this.worker.terminate(), STOP_TIMEOUT_MS);
    await this.exitPromise;
    clearTimeout(timer);
  }
}
