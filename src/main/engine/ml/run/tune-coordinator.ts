import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { TrainParamsInput, TrialRecord } from '../../../../shared/train.js';
import type { TrainJobParams, TuneJobParams } from '../../../../shared/train-jobs.js';
import type { EngineContext } from '../../context.js';
import type { Coordinator } from '../../jobs/runner.js';
import { appVersion } from '../../util/version.js';
import { runTuning, type TrialOutcome, type TrialRunner } from '../tune/tune.js';
import { registerModelVersion } from './register-model.js';
import { dataShapeOf, resolveRunParams } from './resolve-run-params.js';
import { runPaths } from './run-paths.js';

/**
 * A tuning, as one job in the main thread: it samples trials through the tuning strategy, trains
 * each as a run (a child training job; a promotion resumes the run from its checkpoint), keeps the
 * runs' trial values, rungs and "stopped" states in step, and files the best trial as a model version.
 */
export function tuneCoordinator(ctx: EngineContext): Coordinator {
  return async (c) => {
    const { tuningId } = c.job.params as TuneJobParams;
    const tuning = ctx.ml.tunings.require(tuningId);
    const spec = tuning.spec;
    ctx.ml.tunings.setStatus(tuningId, 'running');
    const version = ctx.data.datasets.requireVersion(spec.versionId);
    if (!version.target || !version.task)
      throw new AppError('invalid_input', 'The version has no target; set one first.');
    const modelName = spec.modelName ?? ctx.data.datasets.requireDataset(version.datasetId).name;
    const shape = dataShapeOf(ctx, version);

    const outcomeOf = (runId: string, status: string): TrialOutcome => {
      const run = ctx.ml.runs.require(runId);
      return {
        runId,
        status: status === 'succeeded' ? 'succeeded' : status === 'cancelled' ? 'cancelled' : 'failed',
        epochsDone: run.epochsDone,
        metric: status === 'succeeded' ? (run.metrics?.[run.metricName] ?? null) : null,
      };
    };
    const trainJob = async (runId: string, resume: boolean, epochs: number): Promise<TrialOutcome> => {
      const run = ctx.ml.runs.require(runId);
      const params: TrainJobParams = {
        runId,
        versionId: run.versionId,
        testVersionId: run.testVersionId,
        params: run.params,
        resume,
        stopAtEpoch: epochs,
        scoreUnlabeled: false,
      };
      const job = c.submit('train', params);
      ctx.ml.runs.attachJob(runId, job.id);
      const done = await c.settled(job.id);
      return outcomeOf(runId, done.status);
    };
    const runner: TrialRunner = {
      start: async (input: TrainParamsInput, epochs: number, started?: (runId: string) => void) => {
        // A generic space may offer batch sizes larger than a small dataset: cap them.
        const batch = input.batchSize !== undefined ? Math.min(input.batchSize, shape.trainRows) : undefined;
        if (batch !== undefined && batch !== input.batchSize)
          c.log('info', `batch size ${input.batchSize} capped at the ${shape.trainRows} training rows`);
        let params: ReturnType<typeof resolveRunParams>;
        try {
          params = resolveRunParams(ctx, version, {
            ...input,
            ...(batch !== undefined ? { batchSize: batch } : {}),
            epochs: Math.max(epochs, spec.maxEpochs),
          });
        } catch (err) {
          c.log('warn', `a trial's parameters were refused: ${(err as Error).message}`);
          throw err;
        }
        const run = ctx.ml.runs.create({
          kind: 'trial',
          tuningId,
          datasetId: version.datasetId,
          versionId: version.id,
          versionHash: version.contentHash,
          testVersionId: spec.testVersionId ?? null,
          target: version.target as string,
          task: version.task as NonNullable<typeof version.task>,
          params,
          appVersion: appVersion(),
          modelName: null,
        });
        started?.(run.id);
        return trainJob(run.id, false, epochs);
      },
      extend: (runId: string, epochs: number) => trainJob(runId, true, epochs),
    };
    const sync = (trials: TrialRecord[]) => {
      ctx.ml.tunings.setTrials(tuningId, trials);
      for (const t of trials) {
        const run = ctx.ml.runs.get(t.runId);
        if (!run) continue;
        ctx.db
          .prepare('UPDATE runs SET trial_values = ?, trial_rung = ? WHERE id = ?')
          .run(JSON.stringify(t.values), t.rung, t.runId);
        if (t.status === 'stopped' && run.status === 'succeeded') ctx.ml.runs.finish(t.runId, 'stopped');
      }
    };
    let step = 0;
    const result = await runTuning(spec, tuning.space, tuning.metricName, runner, {
      signal: c.signal,
      now: () => Date.now(),
      onUpdate: (trials, progress) => {
        sync(trials);
        c.progress(progress.fraction, progress.message);
        const best = trials
          .filter((t) => t.metric !== null)
          .reduce<number | null>((b, t) => {
            const m = t.metric as number;
            if (b === null) return m;
            return tuning.metricName === 'rmse' ? Math.min(b, m) : Math.max(b, m);
          }, null);
        step += 1;
        c.metric(step, { trials: trials.length, ...(best === null ? {} : { best }) });
      },
    });
    sync(result.trials);
    ctx.ml.tunings.setResult(tuningId, result.bestRunId, result.totalEpochs);
    if (c.signal.aborted) {
      ctx.ml.tunings.setStatus(tuningId, 'cancelled');
      throw new AppError('cancelled', 'tuning cancelled');
    }
    let model: { name: string; version: number } | null = null;
    if (result.bestRunId) {
      const best = ctx.ml.runs.require(result.bestRunId);
      const mv = registerModelVersion(
        ctx.ml,
        ctx.data.datasets,
        ctx.paths.dir,
        best,
        modelName,
        readLabels(ctx, best.id),
      );
      ctx.db.prepare('UPDATE runs SET model_name = ? WHERE id = ?').run(modelName, best.id);
      model = { name: mv.modelName, version: mv.version };
      ctx.emit({ type: 'models.changed', name: mv.modelName });
    }
    ctx.ml.tunings.setStatus(tuningId, result.bestRunId ? 'succeeded' : 'failed');
    const best = result.bestRunId ? ctx.ml.runs.require(result.bestRunId) : null;
    return {
      tuningId,
      bestRunId: result.bestRunId,
      modelName: model?.name ?? null,
      modelVersion: model?.version ?? null,
      metrics: best?.metrics ?? null,
      testMetrics: best?.testMetrics ?? null,
      trials: result.trials.length,
      totalEpochs: result.totalEpochs,
    };
  };
}

/** The class names a run's model was saved with (labels.json), or null. */
function readLabels(ctx: EngineContext, runId: string): string[] | null {
  try {
    return JSON.parse(readFileSync(join(runPaths(ctx.paths.dir, runId).modelDir, 'labels.json'), 'utf8')) as
      | string[]
      | null;
  } catch {
    return null;
  }
}
