/**
 * The tuning loop: asks the strategy what to do whenever a slot is free (up to spec.concurrency
 * runner calls in flight), enforces the trial and time budgets and cancellation, keeps the trial
 * records, reports progress after every change, and picks the best trial at the end.
 */
import type { TrainParamsInput, TrialRecord, TuneSpec } from '../../../../shared/train.js';
import { applyValues } from './apply-values.js';
import { bestTrial, type MetricName } from './metric-order.js';
import type { SearchStrategy, StrategyReport } from './strategy.js';
import type { TrialOutcome, TrialRunner, TuneHooks, TuneResult } from './tune.js';

export interface SchedulerArgs {
  spec: TuneSpec;
  metric: MetricName;
  strategy: SearchStrategy;
  runner: TrialRunner;
  hooks: TuneHooks;
}

interface Finished {
  trial: number;
  /** The epochs the call asked for. */
  epochs: number;
  outcome: TrialOutcome | null;
  error: string | null;
}

/** The parameters a trial trains with: the base, the sampled values, the tuning's template and seed. */
export function trialParams(spec: TuneSpec, values: TrialRecord['values']): TrainParamsInput {
  const withValues = applyValues(spec.base, values);
  return {
    ...withValues,
    template: spec.template,
    epochs: spec.maxEpochs,
    seed: spec.base.seed ?? spec.seed,
  };
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(4));

export class Scheduler {
  private readonly trials: TrialRecord[] = [];
  private readonly inFlight = new Map<number, Promise<Finished>>();
  private readonly startedAt: number;
  private readonly budgetMs: number | null;
  private lastFraction = 0;

  constructor(private readonly a: SchedulerArgs) {
    this.startedAt = a.hooks.now();
    const minutes = a.spec.timeBudgetMinutes;
    this.budgetMs = minutes === undefined ? null : minutes * 60_000;
  }

  async run(): Promise<TuneResult> {
    const { spec, strategy, hooks } = this.a;
    for (;;) {
      while (this.inFlight.size < spec.concurrency) {
        const aborted = hooks.signal.aborted;
        const timeUp = this.timeUp();
        const canExtend = !aborted && !timeUp;
        const canStart = canExtend && this.trials.length < spec.trials;
        if (!canExtend) break;
        const action = strategy.next({ canStart, canExtend });
        if (action.kind === 'start' && canStart) this.launchStart(action.trial, action.values, action.epochs);
        else if (action.kind === 'extend') this.launchExtend(action.trial, action.epochs, action.rung);
        else break;
      }
      if (this.inFlight.size === 0) break;
      const finished = await Promise.race(this.inFlight.values());
      this.inFlight.delete(finished.trial);
      this.settle(finished);
    }
    return this.finish();
  }

  private timeUp(): boolean {
    return this.budgetMs !== null && this.a.hooks.now() - this.startedAt >= this.budgetMs;
  }

  private launchStart(trial: number, values: TrialRecord['values'], epochs: number): void {
    if (trial !== this.trials.length)
      throw new Error(`strategy started trial ${trial}, expected ${this.trials.length}`);
    const record: TrialRecord = {
      runId: `pending-${trial + 1}`,
      values,
      status: 'running',
      epochsDone: 0,
      metric: null,
      rung: 0,
    };
    this.trials.push(record);
    const params = trialParams(this.a.spec, values);
    this.track(trial, epochs, () =>
      this.a.runner.start(params, epochs, (runId) => {
        record.runId = runId;
        this.update(`trial ${trial + 1} started`);
      }),
    );
    this.update(`trial ${trial + 1} starting (${epochs} epochs)`);
  }

  private launchExtend(trial: number, epochs: number, rung: number): void {
    const record = this.trials[trial];
    if (!record) throw new Error(`strategy extended unknown trial ${trial}`);
    record.status = 'running';
    record.rung = rung;
    const runId = record.runId;
    this.track(trial, epochs, () => this.a.runner.extend(runId, epochs));
    this.update(`trial ${trial + 1} promoted to rung ${rung + 1} (${epochs} epochs)`);
  }

  private track(trial: number, epochs: number, call: () => Promise<TrialOutcome>): void {
    const p = (async (): Promise<Finished> => {
      try {
        return { trial, epochs, outcome: await call(), error: null };
      } catch (err) {
        return { trial, epochs, outcome: null, error: err instanceof Error ? err.message : String(err) };
      }
    })();
    this.inFlight.set(trial, p);
  }

  private settle({ trial, epochs, outcome, error }: Finished): void {
    const record = this.trials[trial] as TrialRecord;
    const report: StrategyReport = outcome
      ? { status: outcome.status, epochsDone: outcome.epochsDone, metric: outcome.metric }
      : { status: 'failed', epochsDone: record.epochsDone, metric: null };
    if (outcome?.runId) record.runId = outcome.runId;
    if (error) record.error = error;
    record.epochsDone = Math.max(record.epochsDone, report.epochsDone);
    const usable = report.status === 'succeeded' && report.metric !== null && Number.isFinite(report.metric);
    if (usable) {
      record.metric = report.metric;
      const complete = report.epochsDone < epochs || epochs >= this.a.spec.maxEpochs;
      record.status = complete ? 'succeeded' : 'stopped';
    } else {
      record.status = report.status === 'cancelled' ? 'cancelled' : 'failed';
      if (report.status === 'succeeded') report.status = 'failed';
    }
    this.a.strategy.report(trial, report);
    const what = error
      ? `failed: ${error}`
      : usable
        ? `${record.epochsDone} epoch${record.epochsDone === 1 ? '' : 's'}, ${this.a.metric} ${fmt(record.metric as number)}`
        : record.status;
    this.update(`trial ${trial + 1} ${what}`);
  }

  private finish(): TuneResult {
    for (const t of this.trials) if (t.status === 'running' || t.status === 'queued') t.status = 'cancelled';
    const best = bestTrial(this.trials, this.a.metric);
    const totalEpochs = this.trials.reduce((s, t) => s + t.epochsDone, 0);
    this.lastFraction = 1;
    this.emit(
      best
        ? `${this.trials.length} trials, ${totalEpochs} epochs; best ${this.a.metric} ${fmt(best.metric as number)}`
        : `${this.trials.length} trials, ${totalEpochs} epochs; no trial succeeded`,
    );
    return { trials: this.snapshot(), bestRunId: best?.runId ?? null, totalEpochs };
  }

  private snapshot(): TrialRecord[] {
    return this.trials.map((t) => ({ ...t, values: { ...t.values } }));
  }

  /** Progress: the larger of the strategy's work fraction and the time fraction; never goes back. */
  private update(event: string): void {
    const time = this.budgetMs === null ? 0 : (this.a.hooks.now() - this.startedAt) / this.budgetMs;
    const fraction = Math.min(0.99, Math.max(this.a.strategy.progress(), time));
    this.lastFraction = Math.max(this.lastFraction, fraction);
    const best = bestTrial(this.trials, this.a.metric);
    const running = this.trials.filter((t) => t.status === 'running').length;
    const tail = best ? `; best ${this.a.metric} ${fmt(best.metric as number)}` : '';
    this.emit(`${event}; ${this.trials.length}/${this.a.spec.trials} trials, ${running} running${tail}`);
  }

  private emit(message: string): void {
    this.a.hooks.onUpdate(this.snapshot(), { fraction: this.lastFraction, message });
  }
}
