/**
 * Hyperband-style successive halving, asynchronous (ASHA, Li et al. 2020): new trials train to
 * the first rung; whenever a slot is free, a trial idle at rung k is promoted (extended, from its
 * checkpoint, to rung k+1's epochs) if it is among the top floor(n_k / eta) of the n_k trials
 * that completed rung k. Promotions are checked from the top rung down and come before new
 * trials. A trial nobody promotes stays at its rung (status "stopped").
 *
 * Once no new trial may start and nothing is running, if no trial has completed its training
 * (reached the last rung, or was stopped early by the trainer) the best idle trial at the
 * highest rung reached is promoted, so the candidate model is always fully trained when the
 * trial budget is too small for the 1/eta rule to reach the top (e.g. fewer than eta trials).
 */
import type { MetricName } from './metric-order.js';
import { compareMetric } from './metric-order.js';
import { computeRungs, plannedEpochs } from './rungs.js';
import { sampleTrialValues } from './sample-values.js';
import type {
  SearchStrategy,
  StrategyAction,
  StrategyArgs,
  StrategyContext,
  StrategyReport,
} from './strategy.js';

interface AshaTrial {
  /** The rung it is training toward, or has completed when idle. */
  rung: number;
  running: boolean;
  /** Failed or cancelled: never promoted. */
  dead: boolean;
  /** The trainer stopped it early: its training is complete, extending would add nothing. */
  exhausted: boolean;
  /** The metric at the end of each completed rung. */
  metricAt: (number | null)[];
  /** Epochs trained so far (for progress). */
  epochsDone: number;
}

export class AshaStrategy implements SearchStrategy {
  readonly rungs: number[];
  private readonly trials: AshaTrial[] = [];
  private readonly planned: number;
  private readonly metric: MetricName;

  constructor(private readonly args: StrategyArgs) {
    const { spec } = args;
    this.rungs = computeRungs(spec.maxEpochs, spec.eta, spec.trials);
    this.planned = plannedEpochs(this.rungs, spec.eta, spec.trials);
    this.metric = args.metric;
  }

  next(ctx: StrategyContext): StrategyAction {
    if (ctx.canExtend) {
      const promote = this.promotion();
      if (promote !== null) return this.extend(promote);
    }
    if (ctx.canStart) return this.start();
    const running = this.trials.some((t) => t.running);
    if (running) return { kind: 'wait' };
    if (ctx.canExtend) {
      const last = this.lastResort();
      if (last !== null) return this.extend(last);
    }
    return { kind: 'done' };
  }

  report(trial: number, outcome: StrategyReport): void {
    const t = this.trials[trial];
    if (!t) throw new Error(`ASHA: report for unknown trial ${trial}`);
    t.running = false;
    t.epochsDone = Math.max(t.epochsDone, outcome.epochsDone);
    if (outcome.status !== 'succeeded' || outcome.metric === null || !Number.isFinite(outcome.metric)) {
      t.dead = true;
      return;
    }
    t.metricAt[t.rung] = outcome.metric;
    if (outcome.epochsDone < (this.rungs[t.rung] as number)) t.exhausted = true;
  }

  progress(): number {
    const done = this.trials.reduce((s, t) => s + t.epochsDone, 0);
    return Math.min(1, done / this.planned);
  }

  private start(): StrategyAction {
    const { spec, space } = this.args;
    const trial = this.trials.length;
    this.trials.push({ rung: 0, running: true, dead: false, exhausted: false, metricAt: [], epochsDone: 0 });
    return {
      kind: 'start',
      trial,
      values: sampleTrialValues(space, spec.seed, trial),
      epochs: this.rungs[0] as number,
      rung: 0,
    };
  }

  private extend(trial: number): StrategyAction {
    const t = this.trials[trial] as AshaTrial;
    t.rung += 1;
    t.running = true;
    return { kind: 'extend', trial, epochs: this.rungs[t.rung] as number, rung: t.rung };
  }

  /** Idle at rung k, alive, with training left: it may be extended. */
  private promotable(t: AshaTrial, k: number): boolean {
    return t.rung === k && !t.running && !t.dead && !t.exhausted && t.metricAt[k] != null;
  }

  /** Trials that completed rung k, best first (ties: the earlier trial). */
  private ranked(k: number): number[] {
    const done: number[] = [];
    this.trials.forEach((t, i) => {
      if (t.metricAt[k] != null) done.push(i);
    });
    return done.sort(
      (a, b) =>
        compareMetric(
          this.metric,
          this.trials[a]?.metricAt[k] as number,
          this.trials[b]?.metricAt[k] as number,
        ) || a - b,
    );
  }

  /** The ASHA rule: from the top rung down, a promotable trial among rung k's top floor(n_k / eta). */
  private promotion(): number | null {
    const eta = this.args.spec.eta;
    for (let k = this.rungs.length - 2; k >= 0; k--) {
      const ranked = this.ranked(k);
      const top = ranked.slice(0, Math.floor(ranked.length / eta));
      const pick = top.find((i) => this.promotable(this.trials[i] as AshaTrial, k));
      if (pick !== undefined) return pick;
    }
    return null;
  }

  /** When nothing more will start: the best idle trial at the highest rung, if none is complete. */
  private lastResort(): number | null {
    const top = this.rungs.length - 1;
    const complete = this.trials.some(
      (t) => !t.dead && (t.exhausted || t.metricAt[top] != null) && t.metricAt[t.rung] != null,
    );
    if (complete) return null;
    for (let k = top - 1; k >= 0; k--) {
      const pick = this.ranked(k).find((i) => this.promotable(this.trials[i] as AshaTrial, k));
      if (pick !== undefined) return pick;
    }
    return null;
  }
}
