import type { BackendId } from '../../../shared/backend.js';

/** What a job kind's module sees while it runs inside its worker thread. */
export interface JobContext<P = unknown> {
  jobId: string;
  /** Parameters, already validated against the kind's schema in the contract. */
  params: P;
  workspaceDir: string;
  databasePath: string;
  /** Write output here; it becomes visible only if the job succeeds. */
  stagingDir: string;
  /** The ML backend chosen at start; load it with ml/tf-loader.ts. */
  backend: BackendId;
  /** Aborted when the user cancels; long loops must check it (or call throwIfCancelled). */
  signal: AbortSignal;
  /** Report progress, 0..1. Throttled; the last call before finishing is always sent. */
  progress(fraction: number, message?: string, etaSeconds?: number): void;
  log(level: 'debug' | 'info' | 'warn' | 'error', message: string): void;
  /** Numbers for one step (epoch, second, ...), streamed live and stored with the job. */
  metric(step: number, values: Record<string, number>): void;
  /** Throws a CancelledError if the job was cancelled. */
  throwIfCancelled(): void;
}

/** A job kind: one module per kind, exporting `run`. Its return value is the job's result (JSON). */
export interface JobKindModule<P = unknown, R = unknown> {
  run(ctx: JobContext<P>): Promise<R>;
}

export class CancelledError extends Error {
  readonly kind = 'cancelled';
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}
