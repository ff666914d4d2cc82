/**
 * The improvement loop of every model: after each look of the watch it updates the drift streak,
 * samples predictions for labeling and checks the policies' triggers; every second it moves the
 * cycles under way (their jobs finished?) and the watch periods. On start it settles cycles a
 * stopped app left behind.
 */
import { join } from 'node:path';
import { AppError } from '../../../../../shared/errors.js';
import { type CycleTrigger, ImprovementPolicy } from '../../../../../shared/improve.js';
import type { MonitorReport } from '../../../../../shared/monitor-report.js';
import type { EngineContext } from '../../../context.js';
import { alertsFor } from '../../alerts/alerts-for.js';
import { referenceData } from '../../report/reference-data.js';
import { sampleForLabeling } from '../labeling/sample-for-labeling.js';
import { type CycleRecord, publicCycle } from '../store/cycles-store.js';
import { advanceCycle, failCycle, interruptCycle, promoteCycle, startCycle } from './cycle-steps.js';
import { feedbackSince } from './feedback-count.js';
import { type EngineCall, type LoopDeps, loopDeps } from './loop-deps.js';
import { firedTrigger, notYet } from './triggers.js';

export class ImprovementLoop {
  readonly deps: LoopDeps;
  private timer: NodeJS.Timeout | null = null;
  private moving: Promise<void> | null = null;
  private stopped = false;
  /** Consecutive drifted looks per model (a look without drift resets it). */
  private readonly driftStreak = new Map<string, number>();
  private readonly lastReport = new Map<string, MonitorReport>();

  constructor(ctx: EngineContext, call: EngineCall) {
    this.deps = loopDeps(ctx, call);
  }

  start(): void {
    if (this.timer) return;
    this.recover();
    this.timer = setInterval(() => void this.tick(), 1000);
    this.timer.unref();
  }

  /** Stop looking; resolves when a step in progress has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.moving;
  }

  /** Cycles a stopped app left mid-way: their jobs were interrupted, so they end as interrupted. */
  recover(): void {
    for (const c of this.deps.cycles.active()) {
      if (c.status !== 'running') continue;
      const job = c.jobId ? this.deps.ctx.jobs.get(c.jobId) : undefined;
      if (job && (job.status === 'queued' || job.status === 'running')) continue;
      if (c.stage === 'promote') {
        // Stopped between the gate and the promotion's bookkeeping: production tells what happened.
        const prod = this.deps.ctx.ml.models.production(c.modelName);
        if (prod && prod.version === c.challengerVersion) {
          this.deps.cycles.update(c.id, { status: 'watching', stage: 'watch', promotedAt: Date.now() });
          continue;
        }
      }
      if (job && job.status === 'succeeded') continue; // the next tick takes the next step
      interruptCycle(this.deps, c, job);
    }
  }

  /** Move every cycle under way one step where its job has finished. */
  async tick(): Promise<void> {
    if (this.moving || this.stopped) return this.moving ?? undefined;
    const run = async () => {
      for (const c of this.deps.cycles.active()) {
        if (this.stopped) return;
        try {
          await advanceCycle(this.deps, c);
        } catch (err) {
          failCycle(this.deps, c, AppError.from(err).message);
        }
      }
    };
    this.moving = run().finally(() => {
      this.moving = null;
    });
    return this.moving;
  }

  /** Wait until no cycle of the model is running (tests, the demo). */
  async settle(modelName: string, timeoutMs: number): Promise<CycleRecord | undefined> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      await this.tick();
      const open = this.deps.cycles.open(modelName);
      if (!open || open.status === 'awaiting_approval') return this.deps.cycles.list(modelName, 1)[0];
      if (Date.now() > end)
        throw new AppError('unavailable', `the improvement cycle of ${modelName} is still at ${open.stage}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** After a look of the watch at a production version: drift streak, labeling sample, triggers. */
  async onReport(report: MonitorReport, windowRows: number): Promise<CycleRecord | null> {
    const { ctx } = this.deps;
    const name = report.modelName;
    const streak =
      report.window.rows > 0 && report.datasetDrift.drifted ? (this.driftStreak.get(name) ?? 0) + 1 : 0;
    this.driftStreak.set(name, streak);
    this.lastReport.set(name, report);
    const v = ctx.ml.models.byNumber(name, report.version);
    if (v && report.window.rows > 0) {
      try {
        const added = sampleForLabeling({
          db: ctx.db,
          store: this.deps.labels,
          modelName: name,
          version: report.version,
          reference: referenceData(join(ctx.paths.dir, v.artifactDir), `${name} v${v.version}`),
          windowRows,
          driftShare: report.datasetDrift.drifted ? report.datasetDrift.share : null,
        });
        if (added.drift + added.uncertain > 0) ctx.emit({ type: 'improve.changed', modelName: name });
      } catch {
        // no reference sample (an old version): nothing to sample against
      }
    }
    return this.checkPolicies(name);
  }

  /** Start a cycle of the first policy of the model whose trigger fires (one cycle at a time). */
  async checkPolicies(name: string): Promise<CycleRecord | null> {
    const d = this.deps;
    if (!d.ctx.ml.models.production(name)) return null;
    if (d.cycles.active().some((c) => c.modelName === name)) return null;
    const now = Date.now();
    const open = alertsFor(d.ctx).list({ modelName: name, open: true, limit: 50 });
    const alertIds = {
      drift: open.find((a) => a.kind === 'drift')?.id,
      performance: open.find((a) => a.kind === 'performance')?.id,
    };
    for (const p of d.policies.list(name)) {
      if (notYet(p, now)) continue;
      const since = p.state.lastRunAt ? Date.parse(p.state.lastRunAt) : Date.parse(p.createdAt);
      const trigger = firedTrigger(p, {
        now,
        report: this.lastReport.get(name) ?? null,
        driftStreak: this.driftStreak.get(name) ?? 0,
        newLabels: p.policy.triggers.newLabels === null ? 0 : feedbackSince(d.ctx.db, name, since),
        alertIds,
      });
      if (!trigger) continue;
      this.driftStreak.set(name, 0);
      return startCycle(d, name, { record: p, policy: p.policy }, trigger);
    }
    return null;
  }

  /** A person starts a cycle now (the named policy, or the model's first; a default one if none). */
  async runNow(name: string, policyName?: string): Promise<CycleRecord> {
    const d = this.deps;
    const policies = d.policies.list(name);
    const record = policyName ? policies.find((p) => p.policy.name === policyName) : policies[0];
    if (policyName && !record)
      throw new AppError(
        'not_found',
        `${name} has no policy "${policyName}"; its policies: ${policies.map((p) => p.policy.name).join(', ') || 'none'}.`,
      );
    const report = this.lastReport.get(name);
    const trigger: CycleTrigger = {
      kind: 'manual',
      message: 'started by a person',
      values: {},
      alertId: null,
      window:
        report && report.window.from !== null && report.window.to !== null
          ? { from: report.window.from, to: report.window.to }
          : null,
    };
    const policy = record?.policy ?? ImprovementPolicy.parse({ name: 'manual' });
    return startCycle(d, name, { record: record ?? null, policy }, trigger);
  }

  /** A person's decision on a challenger waiting for approval. */
  async decide(cycleId: string, approve: boolean, reason: string, actor: string): Promise<CycleRecord> {
    const d = this.deps;
    const c = d.cycles.get(cycleId);
    if (!c) throw new AppError('not_found', `No improvement cycle ${cycleId}.`);
    if (c.status !== 'awaiting_approval')
      throw new AppError(
        'conflict',
        `Cycle ${cycleId} is ${c.status.replace('_', ' ')}, not waiting for approval.`,
      );
    if (approve) {
      d.timeline.add({
        modelName: c.modelName,
        cycleId: c.id,
        kind: 'approval',
        title: `${actor} approved v${c.challengerVersion}`,
        message: reason,
        links: { version: c.challengerVersion as number },
      });
      return promoteCycle(d, d.cycles.update(c.id, { status: 'running' }), actor, `approved by ${actor}`);
    }
    const ended = d.cycles.update(c.id, { status: 'rejected', stage: 'done' });
    // A person's refusal is a verdict: the failure streak (and its backoff) ends, as after the gate's.
    if (c.policyId) d.policies.markSettled(c.policyId);
    d.timeline.add({
      modelName: c.modelName,
      cycleId: c.id,
      kind: 'approval',
      title: `${actor} rejected v${c.challengerVersion}`,
      message: `${reason}. Champion v${c.championVersion} keeps serving.`,
      links: { version: c.challengerVersion as number },
    });
    d.ctx.emit({ type: 'improve.changed', modelName: c.modelName });
    return ended;
  }
}

export { publicCycle };

const loops = new WeakMap<object, ImprovementLoop>();

/** The engine's loop when it has one (the watch feeds it; a bare watch in a test has none). */
export function loopIfAny(ctx: object): ImprovementLoop | null {
  return loops.get(ctx) ?? null;
}

/** The engine's one loop (made when the engine opens). */
export function loopFor(ctx: EngineContext, call?: EngineCall): ImprovementLoop {
  let l = loops.get(ctx);
  if (!l) {
    if (!call) throw new Error('the improvement loop is made by the engine');
    l = new ImprovementLoop(ctx, call);
    loops.set(ctx, l);
  }
  return l;
}
