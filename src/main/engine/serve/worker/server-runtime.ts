/**
 * Everything the inference server's worker holds: tfjs, the registry reader and the versions it
 * serves, the request log (its own writable connection in this thread), the metrics, the per-second
 * stats, and the HTTP app. start() loads and warms the production versions before listening;
 * stop() stops accepting, lets in-flight requests finish, flushes the log and closes the database.
 */
import type { FastifyInstance } from 'fastify';
import type {
  Prediction,
  ServedVersion as ServedVersionInfo,
  ServeStatsPoint,
} from '../../../../shared/serve.js';
import { type Db, openDatabase } from '../../db/connection.js';
import type { Tf } from '../../ml/tf-loader.js';
import { buildInferenceApp } from '../http/app.js';
import { createServeMetrics, type ServeMetrics } from '../http/metrics.js';
import { labelsJson, outputArray } from '../http/predict-core.js';
import { predictionIdList, reservePredictionIds } from '../http/prediction-ids.js';
import { RegistryModelResolver } from '../runtime/model-resolver.js';
import { RegistryReader } from '../runtime/registry-reader.js';
import { SqliteRequestLog } from '../runtime/request-log.js';
import { StatsWindow } from '../runtime/stats-window.js';
import type { RequestLog } from '../types.js';
import { LogWriterClient } from './log-writer-client.js';
import type { ServerWorkerStart } from './protocol.js';

export interface RuntimeEvents {
  models(models: ServedVersionInfo[]): void;
  warning(message: string): void;
  stats(
    point: ServeStatsPoint,
    totals: { requests: number; errors: number; rows: number; logged: number; logDropped: number },
  ): void;
}

/** http://host:port as a client on this machine reaches it. */
export function urlOf(host: string, port: number): string {
  const local = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${local.includes(':') ? `[${local}]` : local}:${port}`;
}

/** A request log that keeps nothing (a load-test server; see ServerWorkerStart.logRequests). */
const unloggedRequests: RequestLog = {
  record: () => {},
  has: () => false,
  stats: () => ({ buffered: 0, logged: 0, dropped: 0 }),
};

export class ServerRuntime {
  readonly metrics: ServeMetrics = createServeMetrics();
  readonly resolver: RegistryModelResolver;
  readonly log: SqliteRequestLog;
  private readonly window = new StatsWindow();
  private app: FastifyInstance | null = null;
  private timers: NodeJS.Timeout[] = [];
  private lastProductions = '';
  private stopping: Promise<void> | null = null;
  /** HTTP requests received and not yet answered (a stop lets them finish). */
  private httpInFlight = 0;
  private httpDrained: (() => void) | null = null;

  private constructor(
    private readonly start: ServerWorkerStart,
    tf: Tf,
    private readonly reader: Db,
    private readonly writer: LogWriterClient,
    private readonly events: RuntimeEvents,
  ) {
    const { options } = start;
    const registry = new RegistryReader(reader);
    this.resolver = new RegistryModelResolver({
      tf,
      registry,
      workspaceDir: start.workspaceDir,
      batching: options,
      onBatch: (name, version, rows) =>
        this.metrics.batchRows.observe({ model: name, version: String(version) }, rows),
      onQueue: (name, version, rows) =>
        this.metrics.queueRows.set({ model: name, version: String(version) }, rows),
      onChange: () => events.models(this.resolver.served()),
      onError: (message) => events.warning(message),
    });
    this.log = new SqliteRequestLog({
      sink: writer,
      lookup: reader,
      bufferRows: options.logBufferRows,
      ...(start.logIntervalMs !== undefined ? { intervalMs: start.logIntervalMs } : {}),
      onDrop: (rows) => this.metrics.logDropped.inc(rows),
      onError: (message) => events.warning(message),
    });
  }

  static async create(start: ServerWorkerStart, tf: Tf, events: RuntimeEvents): Promise<ServerRuntime> {
    const binding = start.nativeBinding ? { nativeBinding: start.nativeBinding } : {};
    const reader = openDatabase({ path: start.databasePath, readonly: true, ...binding });
    let writer: LogWriterClient;
    try {
      // The request log is written by its own thread: SQLite's work stays off this one.
      writer = await LogWriterClient.start(
        {
          databasePath: start.databasePath,
          ...binding,
          retention: start.retention,
          retentionIntervalMs: start.retentionIntervalMs ?? 60_000,
        },
        (message) => events.warning(message),
      );
    } catch (err) {
      reader.close();
      throw err;
    }
    return new ServerRuntime(start, tf, reader, writer, events);
  }

  /** Load and warm the production versions, then listen (when asked to); resolves with the URL. */
  async run(): Promise<{ url: string | null; port: number | null }> {
    await this.resolver.start();
    this.lastProductions = this.productionKey();
    this.every(1000, () => this.tick());
    this.every(1000, () => this.pollRegistry());
    if (!this.start.listen) return { url: null, port: null };
    const { options } = this.start;
    this.app = await buildInferenceApp({
      models: this.resolver,
      log: this.start.logRequests === false ? unloggedRequests : this.log,
      feedback: this.log.feedback,
      metrics: this.metrics,
      options,
      observe: (o) => this.window.observe(o),
      appVersion: this.start.appVersion,
    });
    this.app.server.on('request', (_req, res) => {
      this.httpInFlight += 1;
      res.once('close', () => {
        this.httpInFlight -= 1;
        if (this.httpInFlight === 0) this.httpDrained?.();
      });
    });
    await this.app.listen({ host: options.host, port: options.port });
    const address = this.app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return { url: urlOf(options.host, port), port };
  }

  private every(ms: number, fn: () => void): void {
    const t = setInterval(fn, ms);
    t.unref();
    this.timers.push(t);
  }

  private tick(): void {
    const log = this.log.stats();
    const point = this.window.take(new Date(Date.now() - 1000), this.resolver.waitingRows());
    this.events.stats(point, { ...this.window.totals, logged: log.logged, logDropped: log.dropped });
  }

  private productionKey(): string {
    return JSON.stringify([...this.resolver.productionsInRegistry()].sort());
  }

  /** Stage changes made by another process (e.g. the CLI) reach the server within a second. */
  private pollRegistry(): void {
    const key = this.productionKey();
    if (key === this.lastProductions) return;
    this.lastProductions = key;
    void this.resolver.refreshAll();
  }

  modelsChanged(name: string): void {
    this.lastProductions = this.productionKey();
    void this.resolver.refresh(name);
  }

  /** serve.predict: the same path as the HTTP port (resolve, batcher, request log), without HTTP. */
  async predict(
    name: string,
    version: number | undefined,
    instances: Record<string, unknown>[],
  ): Promise<Prediction[]> {
    const started = performance.now();
    const model = await this.resolver.resolve(name, version);
    const outputs = await model.predict(instances);
    const latencyMs = performance.now() - started;
    const labels = model.labels;
    const block = reservePredictionIds(outputs.length);
    const ids = predictionIdList(block, outputs.length);
    const predictions = outputs.map((o, i): Prediction => {
      const p: Prediction = {
        prediction_id: ids[i] as string,
        model_name: model.name,
        model_version: model.version,
        prediction: o.prediction,
      };
      if (o.probabilities && labels) {
        const probs = o.probabilities;
        p.probabilities = Object.fromEntries(labels.map((l, k) => [l, probs[k] as number]));
      }
      return p;
    });
    this.log.record({
      modelName: model.name,
      version: model.version,
      idPrefix: block.prefix,
      firstSeq: block.first,
      rows: outputs.length,
      format: 'v1-instances',
      body: JSON.stringify({ instances }),
      jsonLength: null,
      labels: labelsJson(model),
      outputs: outputArray(model, outputs),
      latencyMs,
      at: Date.now(),
    });
    this.window.observe({
      model: model.name,
      version: model.version,
      status: 200,
      latencyMs,
      rows: outputs.length,
    });
    return predictions;
  }

  /** Wait (at most the request timeout) until every request received so far is answered. */
  private drainHttp(): Promise<void> {
    if (!this.app || this.httpInFlight === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.start.options.requestTimeoutMs);
      this.httpDrained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Stop accepting, finish in-flight requests, flush the log, close the databases. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const t of this.timers) clearInterval(t);
      this.timers = [];
      await this.drainHttp();
      await this.app?.close();
      await this.resolver.close();
      await this.log.close();
      await this.writer.close();
      this.reader.close();
    })();
    return this.stopping;
  }
}
