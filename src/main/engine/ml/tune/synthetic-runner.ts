/**
 * A TrialRunner with no training behind it, for tests and `bench/tuning.ts --fake`: a trial's
 * metric is a deterministic function of its values and epochs (a learning curve that rises with
 * epochs toward a quality set by the values, plus seeded noise). Each epoch takes one event-loop
 * turn and advances an optional fake clock, so concurrent calls interleave. It logs every call.
 */
import type { TrainParamsInput } from '../../../../shared/train.js';
import type { MetricName } from './metric-order.js';
import { trialSeed } from './sample-values.js';
import type { TrialOutcome, TrialRunner } from './tune.js';

export interface SyntheticCall {
  kind: 'start' | 'extend';
  runId: string;
  /** Epochs asked for (in total). */
  epochs: number;
  /** The fake clock when the call was made. */
  at: number;
}

/** What happened, in order: calls as they begin, outcomes as they end. */
export type SyntheticEvent =
  | { type: 'call'; call: SyntheticCall }
  | { type: 'outcome'; outcome: TrialOutcome };

export interface SyntheticOptions {
  metric?: MetricName;
  /** Noise seed. */
  seed?: number;
  /** Advanced by msPerEpoch for each epoch trained. */
  clock?: { now: number };
  msPerEpoch?: number;
  /** Make trial `trial` (0-based, start order) throw, or return status failed. */
  fail?: (trial: number) => 'throw' | 'failed' | null;
  /** The metric of a trial after `epochs` epochs (replaces the built-in objective). */
  metricOf?: (trial: number, params: TrainParamsInput, epochs: number) => number;
  /** The trainer stops this trial early after this many epochs (null: never). */
  stopsAt?: (trial: number) => number | null;
  /** Called when a call begins (e.g. to abort a tuning mid-way). */
  onCall?: (call: SyntheticCall) => void;
  /** When aborted, calls end after the current epoch with status cancelled. */
  signal?: AbortSignal;
}

interface SyntheticRun {
  trial: number;
  params: TrainParamsInput;
  epochsDone: number;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Noise in [-1, 1] from (seed, trial, epochs). */
function noise(seed: number, trial: number, epochs: number): number {
  return (trialSeed(seed ^ (epochs * 7919), trial) / 2 ** 32) * 2 - 1;
}

/** Quality in (0.5, 0.9): best near lr 3e-3, 128 units, 2 layers, dropout 0.2, small l2. */
export function syntheticQuality(params: TrainParamsInput): number {
  const lr = params.learningRate ?? 3e-3;
  const units = params.mlp?.units ?? 128;
  const layers = params.mlp?.hiddenLayers ?? 2;
  const dropout = params.mlp?.dropout ?? 0.2;
  const l2 = params.mlp?.l2 ?? 1e-5;
  const penalty =
    0.04 * (Math.log10(lr) - Math.log10(3e-3)) ** 2 +
    0.01 * (Math.log2(units) - 7) ** 2 +
    0.01 * (layers - 2) ** 2 +
    0.2 * (dropout - 0.2) ** 2 +
    0.01 * Math.max(0, Math.log10(l2) + 4) ** 2;
  return 0.5 + 0.4 * Math.exp(-penalty);
}

export class SyntheticRunner implements TrialRunner {
  readonly calls: SyntheticCall[] = [];
  /** Each finished call's result, in finishing order. */
  readonly outcomes: TrialOutcome[] = [];
  readonly log: SyntheticEvent[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private readonly runs = new Map<string, SyntheticRun>();

  constructor(private readonly o: SyntheticOptions = {}) {}

  /** The metric the objective gives trial `trial` after `epochs` epochs. */
  metricAt(trial: number, params: TrainParamsInput, epochs: number): number {
    if (this.o.metricOf) return this.o.metricOf(trial, params, epochs);
    const q = syntheticQuality(params);
    const acc =
      0.5 + (q - 0.5) * (1 - Math.exp(-epochs / 2)) + 0.004 * noise(this.o.seed ?? 0, trial, epochs);
    return this.o.metric === 'rmse' ? 1 - acc : acc;
  }

  async start(
    params: TrainParamsInput,
    epochs: number,
    started?: (runId: string) => void,
  ): Promise<TrialOutcome> {
    const trial = this.runs.size;
    const runId = `run-${trial + 1}`;
    this.runs.set(runId, { trial, params, epochsDone: 0 });
    started?.(runId);
    return this.train('start', runId, epochs);
  }

  extend(runId: string, epochs: number): Promise<TrialOutcome> {
    return this.train('extend', runId, epochs);
  }

  private async train(kind: 'start' | 'extend', runId: string, epochs: number): Promise<TrialOutcome> {
    const run = this.runs.get(runId);
    if (!run) throw new Error(`no run ${runId}`);
    const call = { kind, runId, epochs, at: this.o.clock?.now ?? 0 };
    this.calls.push(call);
    this.log.push({ type: 'call', call });
    this.o.onCall?.(call);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const outcome = await this.epochs(run, runId, epochs);
      this.outcomes.push(outcome);
      this.log.push({ type: 'outcome', outcome });
      return outcome;
    } finally {
      this.inFlight--;
    }
  }

  private async epochs(run: SyntheticRun, runId: string, epochs: number): Promise<TrialOutcome> {
    const failure = this.o.fail?.(run.trial) ?? null;
    const stopAt = this.o.stopsAt?.(run.trial) ?? null;
    const target = stopAt === null ? epochs : Math.min(epochs, stopAt);
    while (run.epochsDone < target) {
      await tick();
      if (this.o.clock) this.o.clock.now += this.o.msPerEpoch ?? 60_000;
      run.epochsDone++;
      if (this.o.signal?.aborted)
        return { runId, status: 'cancelled', epochsDone: run.epochsDone, metric: null };
    }
    if (failure === 'throw') throw new Error(`synthetic failure in ${runId}`);
    if (failure === 'failed') return { runId, status: 'failed', epochsDone: run.epochsDone, metric: null };
    await tick();
    const metric = this.metricAt(run.trial, run.params, run.epochsDone);
    return { runId, status: 'succeeded', epochsDone: run.epochsDone, metric };
  }
}
