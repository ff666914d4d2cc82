import type { BackendId } from '../../../shared/backend.js';

/**
 * Messages between the job runner (parent) and a job's worker thread.
 * Every worker → parent message carries a `seq` so the parent can tell order and loss.
 */

/** workerData of a job worker. */
export interface WorkerStart {
  jobId: string;
  kind: string;
  params: unknown;
  workspaceDir: string;
  databasePath: string;
  /** This job's private output folder; moved into artifacts only if the job succeeds. */
  stagingDir: string;
  /** The ML backend this process chose; jobs that use TensorFlow.js load it. */
  backend: BackendId;
  /** Absolute module paths for kinds not built in (tests register fixtures this way). */
  extraKinds: Record<string, string>;
}

export type ParentToWorker = { type: 'cancel' };

/** An error as it crosses the thread boundary: plain data, rebuilt by the parent. */
export interface SerializedError {
  name: string;
  kind: string;
  message: string;
  stack?: string;
}

export type WorkerToParentBody =
  | { type: 'progress'; fraction: number; message: string; etaSeconds: number | null }
  | { type: 'log'; level: 'debug' | 'info' | 'warn' | 'error'; message: string }
  | { type: 'metric'; step: number; values: Record<string, number> }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: SerializedError }
  | { type: 'cancelled' };

export type WorkerToParent = WorkerToParentBody & { seq: number };

export function serializeError(err: unknown): SerializedError {
  if (err instanceof Error) {
    const k = (err as Error & { kind?: unknown }).kind;
    const kind = typeof k === 'string' ? k : 'internal';
    return { name: err.name, kind, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  }
  return { name: 'Error', kind: 'internal', message: String(err) };
}
