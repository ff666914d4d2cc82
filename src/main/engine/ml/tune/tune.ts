/**
 * Hyperparameter tuning as one job: trials sampled from a search space, trained through a
 * TrialRunner (each trial is a run), with random search or ASHA successive halving
 * (strategy.ts explains how to plug in another strategy), under a trial and a time budget.
 */
import type {
  SearchSpace,
  TemplateId,
  TrainParamsInput,
  TrialRecord,
  TuneSpec,
} from '../../../../shared/train.js';
import { defaultSearchSpace as defaultSpaceOf } from './default-spaces.js';
import { Scheduler } from './scheduler.js';
import { createStrategy } from './strategy.js';
import { validateSearchSpace } from './validate-space.js';

export { applyValues, type TrialValues } from './apply-values.js';
export { TUNABLE_PARAMS } from './tunable-params.js';
export { validateSearchSpace } from './validate-space.js';

/** Runs (or continues) one trial's training up to `epochs` in total and reports its validation metric. */
export interface TrialRunner {
  /**
   * Start a new trial with these parameters (params.epochs is the trial's full length,
   * spec.maxEpochs, for the learning-rate schedule), training `epochs` epochs now (the trainer's
   * stopAtEpoch). Call `started` with the run id as soon as the run exists, so the live trial
   * table shows it while it trains (until then the trial's runId is "pending-<n>").
   */
  start(params: TrainParamsInput, epochs: number, started?: (runId: string) => void): Promise<TrialOutcome>;
  /** Continue a trial (from its checkpoint) until it has trained `epochs` epochs in total. */
  extend(runId: string, epochs: number): Promise<TrialOutcome>;
}

export interface TrialOutcome {
  runId: string;
  status: 'succeeded' | 'failed' | 'cancelled';
  /** Epochs trained in total; fewer than asked when the trainer stopped early. */
  epochsDone: number;
  /** The validation metric (accuracy: higher is better; rmse: lower); null if it failed. */
  metric: number | null;
}

export interface TuneHooks {
  signal: AbortSignal;
  /** After any trial changes. */
  onUpdate(trials: TrialRecord[], progress: { fraction: number; message: string }): void;
  /** Milliseconds (Date.now in the app; a fake clock in tests). */
  now(): number;
}

export interface TuneResult {
  /** In start order. Status: succeeded (trained to maxEpochs, or stopped early by the trainer),
   * stopped (left at a lower rung by successive halving), failed, cancelled. */
  trials: TrialRecord[];
  /** The best complete trial (see bestTrial in metric-order.ts); null when none succeeded. */
  bestRunId: string | null;
  /** Epochs trained across all trials. */
  totalEpochs: number;
}

/** The template's default search space. */
export function defaultSearchSpace(template: TemplateId): SearchSpace {
  return defaultSpaceOf(template);
}

/** The space a spec tunes: its own (validated), or the template's default when it has none. */
export function resolveSearchSpace(spec: TuneSpec): SearchSpace {
  const space = spec.space && spec.space.length > 0 ? spec.space : defaultSpaceOf(spec.template);
  return validateSearchSpace(space, spec.template);
}

/**
 * Run a tuning: sample trials from the space, train them through `runner` with the spec's
 * strategy. Throws AppError('invalid_input') for an invalid space; a failing trial is recorded
 * as failed and the tuning goes on. When hooks.signal aborts, no more trials start or extend,
 * running ones are awaited, and what was done is returned (the caller marks it cancelled).
 */
export async function runTuning(
  spec: TuneSpec,
  space: SearchSpace,
  metric: 'accuracy' | 'rmse',
  runner: TrialRunner,
  hooks: TuneHooks,
): Promise<TuneResult> {
  const checked = validateSearchSpace(space, spec.template);
  const strategy = createStrategy({ spec, space: checked, metric });
  return new Scheduler({ spec, metric, strategy, runner, hooks }).run();
}
