import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { TrainJobParams } from '../../../../shared/train-jobs.js';
import type { EngineContext } from '../../context.js';
import type { TrainWorkerResult } from '../../jobs/kinds/train.js';
import type { JobHooks } from '../../jobs/runner.js';
import { registerModelVersion } from './register-model.js';
import { runPaths } from './run-paths.js';

/**
 * The main-thread half of a training job: mark the run running, store each epoch's numbers as
 * they arrive, and on success move the model files into the run's folder and (for a plain
 * training run) file them as the next candidate version of the run's model.
 */
export function trainHooks(ctx: Pick<EngineContext, 'ml' | 'data' | 'paths' | 'backend' | 'emit'>): JobHooks {
  const runIdOf = (params: unknown) => (params as TrainJobParams).runId;
  return {
    onStart: (job) => {
      const runId = runIdOf(job.params);
      ctx.ml.runs.started(runId, job.id);
      void ctx.backend.get().then((b) => ctx.ml.runs.setBackend(runId, b.chosen, b.device));
    },
    onMetric: (job, _step, values) => {
      if (values.epoch === undefined) return;
      ctx.ml.runs.addEpoch(runIdOf(job.params), {
        epoch: values.epoch,
        loss: values.loss ?? Number.NaN,
        valLoss: values.valLoss ?? null,
        metric: values.metric ?? null,
        valMetric: values.valMetric ?? null,
        learningRate: values.learningRate ?? 0,
        samplesPerSec: values.samplesPerSec ?? 0,
        durationMs: values.durationMs ?? 0,
      });
    },
    commit: (job, raw, stagingDir) => {
      const r = raw as TrainWorkerResult;
      const run = ctx.ml.runs.require(r.runId);
      const paths = runPaths(ctx.paths.dir, run.id);
      const staged = join(stagingDir, 'model');
      if (!existsSync(staged)) throw new AppError('internal', 'the training job wrote no model files');
      mkdirSync(paths.dir, { recursive: true });
      rmSync(paths.modelDir, { recursive: true, force: true });
      renameSync(staged, paths.modelDir);
      // A kill between a checkpoint and its metric event leaves an epoch out of the database.
      for (const e of r.history) ctx.ml.runs.addEpoch(run.id, e);
      if (r.backend !== run.backend) {
        ctx.ml.runs.setBackend(
          run.id,
          r.backend,
          r.backend === 'cpu' ? `CPU via JavaScript (fallback)` : run.device,
        );
      }
      ctx.ml.runs.finish(run.id, 'succeeded', {
        metrics: r.metrics,
        testMetrics: r.testMetrics,
        bestEpoch: r.bestEpoch,
        epochsDone: r.epochsDone,
        durationMs: run.durationMs + r.durationMs,
        samplesPerSec: r.samplesPerSec,
        error: null,
      });
      const done = ctx.ml.runs.require(run.id);
      let model: { name: string; version: number } | null = null;
      if (done.kind === 'train' && run.modelName) {
        const mv = registerModelVersion(
          ctx.ml,
          ctx.data.datasets,
          ctx.paths.dir,
          done,
          run.modelName,
          r.labels,
        );
        model = { name: mv.modelName, version: mv.version };
        ctx.emit({ type: 'models.changed', name: mv.modelName });
      }
      void job;
      return {
        runId: run.id,
        modelName: model?.name ?? null,
        modelVersion: model?.version ?? null,
        metrics: r.metrics,
        testMetrics: r.testMetrics,
        epochsDone: r.epochsDone,
        bestEpoch: r.bestEpoch,
        stoppedEarly: r.stoppedEarly,
        backend: r.backend,
        scored: r.scored,
      };
    },
    onSettled: (job) => {
      if (job.status === 'succeeded') return;
      const run = ctx.ml.runs.get(runIdOf(job.params));
      if (!run || run.jobId !== job.id) return;
      const status = job.status === 'queued' || job.status === 'running' ? 'interrupted' : job.status;
      ctx.ml.runs.finish(run.id, status, { error: job.error?.message ?? null });
    },
  };
}
