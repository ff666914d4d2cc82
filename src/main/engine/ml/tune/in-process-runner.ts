/**
 * A TrialRunner that trains each trial in this thread with the training core (no jobs, no
 * database): for benchmarks and tools. Each trial checkpoints into workDir/<runId>, so `extend`
 * resumes from where the trial stopped. Trials run one after another on the same tfjs backend;
 * give it concurrency 1.
 */
import { join } from 'node:path';
import type { FeaturePipeline } from '../../../../shared/data.js';
import type { EpochRecord, TrainParams, TrainParamsInput } from '../../../../shared/train.js';
import type { Tf } from '../tf-loader.js';
import { type DataShape, resolveTrainParams } from '../train/defaults.js';
import { type TrainData, trainModel } from '../train/train-model.js';
import type { TrialOutcome, TrialRunner } from './tune.js';

export interface InProcessRunnerArgs {
  tf: Tf;
  data: TrainData;
  /** Fitted on the train rows (trials that tune pipeline options are not refitted). */
  pipeline: FeaturePipeline;
  shape: DataShape;
  /** Each trial's checkpoints go in workDir/<runId>. */
  workDir: string;
  signal: AbortSignal;
  onEpoch?(runId: string, e: EpochRecord): void;
}

interface InProcessRun {
  params: TrainParams;
  epochsDone: number;
}

export class InProcessTrialRunner implements TrialRunner {
  /** Why each failed trial failed, by run id. */
  readonly errors = new Map<string, string>();
  private readonly runs = new Map<string, InProcessRun>();

  constructor(private readonly a: InProcessRunnerArgs) {}

  async start(
    input: TrainParamsInput,
    epochs: number,
    started?: (runId: string) => void,
  ): Promise<TrialOutcome> {
    const runId = `trial-${this.runs.size + 1}`;
    started?.(runId);
    let params: TrainParams;
    try {
      params = resolveTrainParams(input, this.a.shape);
    } catch (err) {
      this.errors.set(runId, (err as Error).message);
      this.runs.set(runId, { params: input as TrainParams, epochsDone: 0 });
      return { runId, status: 'failed', epochsDone: 0, metric: null };
    }
    this.runs.set(runId, { params, epochsDone: 0 });
    return this.train(runId, false, epochs);
  }

  extend(runId: string, epochs: number): Promise<TrialOutcome> {
    return this.train(runId, true, epochs);
  }

  /** The parameters a trial trained with (after the data-derived defaults). */
  paramsOf(runId: string): TrainParams | undefined {
    return this.runs.get(runId)?.params;
  }

  private async train(runId: string, resume: boolean, epochs: number): Promise<TrialOutcome> {
    const run = this.runs.get(runId);
    if (!run) throw new Error(`no trial ${runId}`);
    const { tf, data, pipeline, workDir, signal } = this.a;
    try {
      const result = await trainModel(
        {
          tf,
          data,
          pipeline,
          params: run.params,
          checkpointDir: join(workDir, runId),
          resume,
          stopAtEpoch: epochs,
        },
        {
          signal,
          onProgress: () => {},
          onEpoch: (e) => {
            run.epochsDone = Math.max(run.epochsDone, e.epoch);
            this.a.onEpoch?.(runId, e);
          },
          log: () => {},
        },
      );
      result.model.dispose();
      run.epochsDone = result.epochsDone;
      const metric = result.valMetrics[result.metricName];
      return { runId, status: 'succeeded', epochsDone: result.epochsDone, metric: metric ?? null };
    } catch (err) {
      if (signal.aborted) return { runId, status: 'cancelled', epochsDone: run.epochsDone, metric: null };
      this.errors.set(runId, (err as Error).message);
      return { runId, status: 'failed', epochsDone: run.epochsDone, metric: null };
    }
  }
}
