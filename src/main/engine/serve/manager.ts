/**
 * The inference server seen from the engine's main thread: start / stop its worker thread with
 * options from the serve.* settings, keep its status and the last minutes of per-second stats,
 * emit `serve.status` / `serve.stats`, forward `models.changed` (hot swap), and run serve.predict
 * through the same runtime (the server's worker, or a port-less one when the server is stopped).
 */
import type { BackendId } from '../../../shared/backend.js';
import { AppError } from '../../../shared/errors.js';
import type { EngineEvent } from '../../../shared/events.js';
import {
  type Prediction,
  ServeOptions,
  type ServeStats,
  type ServeStatsPoint,
  type ServeStatus,
} from '../../../shared/serve.js';
import type { SettingsStore } from '../db/settings-store.js';
import { nowIso } from '../util/ids.js';
import { appVersion } from '../util/version.js';
import { describeStartFailure, hostWarning } from './manager-messages.js';
import { ServerWorker } from './manager-worker.js';
import type { FromServerWorker, ServerWorkerStart } from './worker/protocol.js';
import { resolveServerWorker } from './worker/worker-launch.js';

export interface ServeManagerArgs {
  workspaceDir: string;
  databasePath: string;
  settings: SettingsStore;
  /** The engine's chosen ML backend (after its probe). */
  backend: () => Promise<BackendId>;
  emit: (event: EngineEvent) => void;
  nativeBinding?: string;
  workerBundleDir?: string;
  /** Request-log flush and retention periods (tests make them short). */
  logIntervalMs?: number;
  retentionIntervalMs?: number;
  /** A port-less predict worker stops after this long unused. */
  predictIdleMs?: number;
}

const KEEP_POINTS = 300;

type Totals = ServeStats['totals'];

const stoppedStatus = (): ServeStatus => ({
  running: false,
  url: null,
  host: null,
  port: null,
  token: null,
  startedAt: null,
  models: [],
  warning: null,
  error: null,
});

export class ServeManager {
  private server: ServerWorker | null = null;
  private predictor: ServerWorker | null = null;
  private predictorTimer: NodeJS.Timeout | null = null;
  private current: ServeStatus = stoppedStatus();
  /** The options the running server was started with. */
  private runningOptions: ServeOptions | null = null;
  private runtimeWarning: string | null = null;
  private points: ServeStatsPoint[] = [];
  private totals: Totals = { requests: 0, errors: 0, rows: 0, logged: 0, logDropped: 0 };
  /** One start / stop at a time. */
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly args: ServeManagerArgs) {}

  status(): ServeStatus {
    return { ...this.current, models: this.server?.models ?? [] };
  }

  stats(): ServeStats {
    return { points: [...this.points], totals: { ...this.totals } };
  }

  /** The options a start uses: the serve.* settings, overridden by `partial`. */
  optionsFrom(partial: Partial<ServeOptions>): ServeOptions {
    const s = this.args.settings;
    return ServeOptions.parse({
      host: s.get('serve.host'),
      port: s.get('serve.port'),
      token: s.get('serve.token'),
      corsOrigins: s.get('serve.corsOrigins'),
      maxBatchRows: s.get('serve.maxBatchRows'),
      maxWaitMicros: s.get('serve.maxWaitMicros'),
      ...partial,
    });
  }

  /**
   * Start, or restart when the options differ from the running server's (the same options: the
   * running server stays). A failure (e.g. the port in use) is in the status, not thrown.
   */
  start(partial: Partial<ServeOptions> = {}): Promise<ServeStatus> {
    return this.serial(async () => {
      const options = this.optionsFrom(partial);
      const same = JSON.stringify(options) === JSON.stringify(this.runningOptions);
      if (same && this.server?.alive && this.current.running) return this.status();
      return this.doStart(options);
    });
  }

  stop(): Promise<ServeStatus> {
    return this.serial(async () => {
      await this.stopServer();
      this.publish(stoppedStatus());
      return this.status();
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async workerStart(options: ServeOptions, listen: boolean): Promise<ServerWorkerStart> {
    const a = this.args;
    return {
      options,
      workspaceDir: a.workspaceDir,
      databasePath: a.databasePath,
      backend: await a.backend(),
      listen,
      retention: {
        days: a.settings.get('serve.logRetentionDays'),
        rows: a.settings.get('serve.logRetentionRows'),
      },
      appVersion: appVersion(),
      ...(a.nativeBinding ? { nativeBinding: a.nativeBinding } : {}),
      ...(a.logIntervalMs !== undefined ? { logIntervalMs: a.logIntervalMs } : {}),
      ...(a.retentionIntervalMs !== undefined ? { retentionIntervalMs: a.retentionIntervalMs } : {}),
    };
  }

  private async doStart(options: ServeOptions): Promise<ServeStatus> {
    if (this.closed) throw new AppError('unavailable', 'The engine is closing.');
    await this.stopServer();
    await this.stopPredictor();
    this.runningOptions = null;
    this.points = [];
    this.totals = { requests: 0, errors: 0, rows: 0, logged: 0, logDropped: 0 };
    this.runtimeWarning = null;
    const worker = new ServerWorker(
      resolveServerWorker(this.args.workerBundleDir),
      await this.workerStart(options, true),
      {
        onMessage: (m) => this.onServerMessage(worker, m),
        onCrash: (message) => {
          if (this.server !== worker) return;
          this.server = null;
          this.publish({ ...stoppedStatus(), error: message });
        },
      },
    );
    this.server = worker;
    try {
      const ready = await worker.whenReady();
      this.runningOptions = options;
      this.publish({
        running: true,
        url: ready.url,
        host: options.host,
        port: ready.port,
        token: options.token,
        startedAt: nowIso(),
        models: ready.models,
        warning: hostWarning(options.host),
        error: null,
      });
    } catch (err) {
      this.server = null;
      await worker.stop();
      this.publish({
        ...stoppedStatus(),
        host: options.host,
        port: options.port,
        error: describeStartFailure(err, options),
      });
    }
    return this.status();
  }

  private onServerMessage(worker: ServerWorker, m: FromServerWorker): void {
    if (this.server !== worker) return;
    if (m.type === 'stats') {
      this.points.push(m.point);
      if (this.points.length > KEEP_POINTS) this.points.splice(0, this.points.length - KEEP_POINTS);
      this.totals = m.totals;
      this.args.emit({ type: 'serve.stats', point: m.point });
    } else if (m.type === 'models') {
      if (this.current.running) this.publish(this.current);
    } else if (m.type === 'warning') {
      this.runtimeWarning = m.message;
      this.args.emit({
        type: 'log',
        level: 'warn',
        message: `inference server: ${m.message}`,
        jobId: null,
        at: nowIso(),
      });
      if (this.current.running) this.publish(this.current);
    }
  }

  private publish(status: ServeStatus): void {
    const warnings = [
      status.running ? hostWarning(status.host ?? '') : null,
      status.running ? this.runtimeWarning : null,
    ];
    this.current = { ...status, warning: warnings.filter((w): w is string => w !== null).join('; ') || null };
    this.args.emit({ type: 'serve.status', status: this.status() });
  }

  private async stopServer(): Promise<void> {
    const s = this.server;
    this.server = null;
    this.runningOptions = null;
    await s?.stop();
  }

  private async stopPredictor(): Promise<void> {
    if (this.predictorTimer) clearTimeout(this.predictorTimer);
    this.predictorTimer = null;
    const p = this.predictor;
    this.predictor = null;
    await p?.stop();
  }

  /** A registry change: the serving worker hot-swaps that model. */
  modelsChanged(name: string): void {
    this.server?.send({ type: 'models.changed', name });
    this.predictor?.send({ type: 'models.changed', name });
  }

  /** serve.predict: through the running server's runtime, else a port-less worker kept while used. */
  async predict(
    name: string,
    version: number | undefined,
    instances: Record<string, unknown>[],
  ): Promise<Prediction[]> {
    if (this.closed) throw new AppError('unavailable', 'The engine is closing.');
    const server = this.server;
    if (server?.alive && this.current.running) return server.predict(name, version, instances);
    const worker = await this.serial(async () => {
      if (!this.predictor?.alive) {
        const w = new ServerWorker(
          resolveServerWorker(this.args.workerBundleDir),
          await this.workerStart(this.optionsFrom({}), false),
          {
            onMessage: () => undefined,
            onCrash: () => {
              if (this.predictor === w) this.predictor = null;
            },
          },
        );
        this.predictor = w;
        try {
          await w.whenReady();
        } catch (err) {
          this.predictor = null;
          await w.stop();
          throw new AppError(
            'unavailable',
            `Could not load the models for prediction: ${(err as Error).message}`,
          );
        }
      }
      return this.predictor;
    });
    if (this.predictorTimer) clearTimeout(this.predictorTimer);
    this.predictorTimer = setTimeout(
      () => void this.serial(() => this.stopPredictor()),
      this.args.predictIdleMs ?? 60_000,
    );
    this.predictorTimer.unref();
    return worker.predict(name, version, instances);
  }

  /** On engine close: stop the server (in-flight requests finish, the log is flushed). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.chain.catch(() => undefined);
    await this.stopServer();
    await this.stopPredictor();
    this.current = stoppedStatus();
  }
}
