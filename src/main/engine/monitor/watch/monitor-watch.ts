/**
 * The watch: while the engine runs, every `monitor.watchSeconds` each production model with new
 * traffic since the last look gets a monitoring report over its last `monitor.windowRows`
 * predictions, and the alerts it calls for are raised (see alerts-from-report.ts). Server errors
 * in the last minute of the inference server's stats raise their own alert.
 */
import { join } from 'node:path';
import { MonitorThresholds } from '../../../../shared/monitor-report.js';
import type { EngineContext } from '../../context.js';
import { EvaluationsStore } from '../../evaluate/store/evaluations-store.js';
import { alertsFor } from '../alerts/alerts-for.js';
import { loopIfAny } from '../improve/loop/improvement-loop.js';
import { buildMonitorReport } from '../report/build-report.js';
import { referenceData } from '../report/reference-data.js';
import { alertsFromReport } from './alerts-from-report.js';

type WatchContext = Pick<EngineContext, 'db' | 'settings' | 'emit' | 'ml' | 'paths' | 'serve'>;

export class MonitorWatch {
  private timer: NodeJS.Timeout | null = null;
  /** The newest request-log id seen per model at the last look. */
  private readonly seen = new Map<string, number>();
  private running = false;
  /** The improvement loop's work on the last look's reports (the demo and tests await it). */
  pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: WatchContext) {}

  /**
   * Look every monitor.watchSeconds: a 1 s timer compares the time since the last look with the
   * setting, so a change of the setting applies within a second.
   */
  start(): void {
    if (this.timer) return;
    let last = Date.now();
    this.timer = setInterval(() => {
      const seconds = this.ctx.settings.get('monitor.watchSeconds');
      if (seconds <= 0 || Date.now() - last < seconds * 1000) return;
      last = Date.now();
      this.tick();
    }, 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look at every production model; returns how many alerts it raised or bumped. */
  tick(): number {
    if (this.running) return 0;
    this.running = true;
    let raised = 0;
    const looks: Promise<unknown>[] = [];
    try {
      const rows = this.ctx.settings.get('monitor.windowRows');
      const evaluations = new EvaluationsStore(this.ctx.db);
      const alerts = alertsFor(this.ctx);
      for (const name of this.ctx.ml.models.names()) {
        const v = this.ctx.ml.models.production(name);
        if (!v) continue;
        const newest = this.ctx.db
          .prepare(
            'SELECT coalesce(max(id), 0) FROM prediction_requests WHERE model_name = ? AND version = ?',
          )
          .pluck()
          .get(name, v.version) as number;
        const key = `${name}@${v.version}`;
        if (newest === 0 || this.seen.get(key) === newest) continue;
        this.seen.set(key, newest);
        try {
          const report = buildMonitorReport({
            db: this.ctx.db,
            modelName: name,
            version: v.version,
            task: v.task,
            reference: referenceData(join(this.ctx.paths.dir, v.artifactDir), `${name} v${v.version}`),
            window: { rows },
            thresholds: MonitorThresholds.parse({}),
            evaluated: evaluations.latestMainMetric(name, v.version),
          });
          for (const a of alertsFromReport(report)) {
            alerts.raise(a);
            raised++;
          }
          const loop = loopIfAny(this.ctx);
          if (loop)
            looks.push(loop.onReport(report, rows).catch((err: Error) => this.warn(name, v.version, err)));
        } catch (err) {
          this.warn(name, v.version, err as Error);
        }
      }
      raised += this.serverErrors(alerts);
    } finally {
      this.running = false;
      this.pending = Promise.all(looks);
    }
    return raised;
  }

  private warn(name: string, version: number, err: Error): void {
    this.ctx.emit({
      type: 'log',
      level: 'warn',
      message: `monitoring ${name} v${version}: ${err.message}`,
      jobId: null,
      at: new Date().toISOString(),
    });
  }

  private serverErrors(alerts: ReturnType<typeof alertsFor>): number {
    const points = this.ctx.serve.stats().points.slice(-60);
    const requests = points.reduce((s, p) => s + p.requests, 0);
    const errors = points.reduce((s, p) => s + p.errors, 0);
    if (requests < 20 || errors / requests < 0.01) return 0;
    alerts.raise({
      modelName: '(server)',
      kind: 'server_errors',
      severity: errors / requests >= 0.1 ? 'critical' : 'warning',
      title: 'The inference server answers with errors',
      message: `${errors} of ${requests} requests in the last minute failed (${((errors / requests) * 100).toFixed(1)} %). See the Deploy step's traffic and the server log.`,
      evidence: { values: { errors, requests }, window: null, links: {}, details: {} },
      dedupeKey: 'server_errors',
    });
    return 1;
  }
}

const watches = new WeakMap<object, MonitorWatch>();

/** The engine's one watch (made on first use); the engine starts it on open and stops it on close. */
export function watchFor(ctx: WatchContext): MonitorWatch {
  let w = watches.get(ctx);
  if (!w) {
    w = new MonitorWatch(ctx);
    watches.set(ctx, w);
  }
  return w;
}
