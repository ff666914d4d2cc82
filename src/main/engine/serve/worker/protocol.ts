/** Messages between the engine's main thread (serve/manager.ts) and the inference-server worker. */
import type { BackendId } from '../../../../shared/backend.js';
import type { Prediction, ServedVersion, ServeOptions, ServeStatsPoint } from '../../../../shared/serve.js';

export interface ServerWorkerStart {
  options: ServeOptions;
  workspaceDir: string;
  databasePath: string;
  /** The engine's backend; the worker falls back to wasm, then cpu. */
  backend: BackendId;
  /** false: no HTTP port, only `predict` messages (serve.predict while the server is stopped). */
  listen: boolean;
  /**
   * false: predictions are not written to the request log (an evaluation's load test must not
   * pose as production traffic to monitoring). Default true.
   */
  logRequests?: boolean;
  retention: { days: number; rows: number };
  appVersion: string;
  nativeBinding?: string;
  /** Faster log flushes and retention (tests). */
  logIntervalMs?: number;
  retentionIntervalMs?: number;
}

export type ToServerWorker =
  | { type: 'models.changed'; name: string }
  | { type: 'predict'; id: number; name: string; version?: number; instances: Record<string, unknown>[] }
  | { type: 'stop' };

export type FromServerWorker =
  | {
      type: 'ready';
      url: string | null;
      host: string;
      port: number | null;
      backend: string;
      models: ServedVersion[];
    }
  | { type: 'failed'; message: string; code: string | null }
  | { type: 'models'; models: ServedVersion[] }
  | {
      type: 'stats';
      point: ServeStatsPoint;
      totals: { requests: number; errors: number; rows: number; logged: number; logDropped: number };
    }
  | { type: 'warning'; message: string }
  | {
      type: 'predicted';
      id: number;
      predictions?: Prediction[];
      error?: { kind: string; message: string };
    }
  | { type: 'stopped' };
