/**
 * The search strategy interface: how a tuning decides what to train next.
 *
 * The scheduler (scheduler.ts) owns the runner, the budgets, concurrency, cancellation and the
 * trial records; a strategy only decides. Whenever a slot is free the scheduler asks `next()`
 * and carries out what it returns:
 *   - start: a new trial with these values, trained to `epochs` epochs; trials are numbered
 *     0, 1, 2… in the order the strategy returns starts (the strategy keeps its own count);
 *   - extend: continue trial `trial` (from its checkpoint) to `epochs` epochs in total;
 *   - wait: nothing to do until a running trial reports;
 *   - done: nothing more to do (the scheduler lets running trials finish, then ends).
 * Every start/extend returned is carried out, and each is answered by exactly one `report()`.
 * `ctx` says what the budgets still allow: a strategy must not return a start when !canStart,
 * nor an extend when !canExtend (the scheduler treats either as `wait`).
 *
 * To add a strategy (e.g. Bayesian search): implement this interface — propose values in
 * next() from the reported (values, metric) history, e.g. with a Gaussian-process or TPE model
 * fitted in report() — and add it to createStrategy. The scheduler, budgets, records, progress
 * and the best-trial choice stay as they are.
 */
import type { SearchSpace, TuneSpec } from '../../../../shared/train.js';
import type { TrialValues } from './apply-values.js';
import { AshaStrategy } from './asha.js';
import type { MetricName } from './metric-order.js';
import { RandomSearch } from './random-search.js';

export interface StrategyContext {
  /** A new trial may start (trial and time budgets left, not cancelled). */
  canStart: boolean;
  /** A trial may be extended (time budget left, not cancelled). */
  canExtend: boolean;
}

export type StrategyAction =
  | { kind: 'start'; trial: number; values: TrialValues; epochs: number; rung: number }
  | { kind: 'extend'; trial: number; epochs: number; rung: number }
  | { kind: 'wait' }
  | { kind: 'done' };

/** What a trial's run ended with (a start or an extend). */
export interface StrategyReport {
  status: 'succeeded' | 'failed' | 'cancelled';
  /** Epochs trained in total; fewer than asked when the trainer stopped early. */
  epochsDone: number;
  metric: number | null;
}

export interface SearchStrategy {
  next(ctx: StrategyContext): StrategyAction;
  report(trial: number, outcome: StrategyReport): void;
  /** Fraction (0..1) of the strategy's planned work done, for the progress bar. */
  progress(): number;
}

/** What every strategy is built from. */
export interface StrategyArgs {
  spec: TuneSpec;
  space: SearchSpace;
  metric: MetricName;
}

export function createStrategy(args: StrategyArgs): SearchStrategy {
  switch (args.spec.strategy) {
    case 'random':
      return new RandomSearch(args);
    case 'hyperband':
      return new AshaStrategy(args);
  }
}
