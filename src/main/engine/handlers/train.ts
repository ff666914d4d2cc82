import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors.js';
import { TuneSpec } from '../../../shared/train.js';
import type { TrainJobParams, TuneJobParams } from '../../../shared/train-jobs.js';
import type { EngineContext } from '../context.js';
import { dataShapeOf, resolveRunParams } from '../ml/run/resolve-run-params.js';
import { runPaths } from '../ml/run/run-paths.js';
import type { RunInternal } from '../ml/store/runs-store.js';
import { defaultTrainParams } from '../ml/train/defaults.js';
import { defaultSearchSpace } from '../ml/tune/tune.js';
import { validateSearchSpace } from '../ml/tune/validate-space.js';
import { appVersion } from '../util/version.js';
import type { Handlers } from './types.js';

type TrainCommand =
  | 'train.defaults'
  | 'train.start'
  | 'runs.list'
  | 'runs.get'
  | 'runs.resume'
  | 'runs.cancel'
  | 'tune.defaultSpace'
  | 'tune.start'
  | 'tunings.list'
  | 'tunings.get'
  | 'models.list';

const publicRun = ({ trialValues: _v, trialRung: _r, ...run }: RunInternal) => run;

export function trainHandlers(ctx: EngineContext): Pick<Handlers, TrainCommand> {
  const { datasets } = ctx.data;
  const { runs, tunings, models } = ctx.ml;

  const submitTrain = (run: RunInternal, resume: boolean) => {
    const params: TrainJobParams = {
      runId: run.id,
      versionId: run.versionId,
      testVersionId: run.testVersionId,
      params: run.params,
      resume,
      scoreUnlabeled: true,
    };
    const job = ctx.runner.submit('train', params);
    runs.attachJob(run.id, job.id);
    return { run: publicRun(runs.require(run.id)), job: ctx.jobs.require(job.id) };
  };

  return {
    'train.defaults': ({ versionId, template }) => {
      const v = datasets.resolveVersion(versionId);
      const shape = dataShapeOf(ctx, v);
      const params = defaultTrainParams(shape);
      return { params: template ? { ...params, template } : params, shape };
    },
    'train.start': async ({ versionId, testVersionId, params, modelName }) => {
      const v = datasets.resolveVersion(versionId);
      const resolved = resolveRunParams(ctx, v, params);
      const test = testVersionId ? datasets.resolveVersion(testVersionId) : null;
      if (test && test.id === v.id)
        throw new AppError('invalid_input', 'The test version must differ from the training version.');
      await ctx.backend.get();
      const run = runs.create({
        kind: 'train',
        datasetId: v.datasetId,
        versionId: v.id,
        versionHash: v.contentHash,
        testVersionId: test?.id ?? null,
        target: v.target as string,
        task: v.task as NonNullable<typeof v.task>,
        params: resolved,
        appVersion: appVersion(),
        modelName: modelName ?? datasets.requireDataset(v.datasetId).name,
      });
      return submitTrain(run, false);
    },
    'runs.list': (input) =>
      runs
        .list({
          limit: input.limit,
          ...(input.versionId ? { versionId: datasets.resolveVersion(input.versionId).id } : {}),
          ...(input.tuningId ? { tuningId: input.tuningId } : {}),
          ...(input.kind ? { kind: input.kind } : {}),
        })
        .map(publicRun),
    'runs.get': ({ runId }) => runs.detail(runId),
    'runs.resume': async ({ runId }) => {
      const run = runs.require(runId);
      if (run.status === 'queued' || run.status === 'running')
        throw new AppError('conflict', `Run ${runId} is ${run.status}; nothing to resume.`);
      if (run.status === 'succeeded')
        throw new AppError('conflict', `Run ${runId} already finished; train a new run instead.`);
      if (!datasets.version(run.versionId)) {
        throw new AppError(
          'not_found',
          `The dataset version run ${runId} trained on was deleted; it cannot be resumed.`,
        );
      }
      const hasCheckpoint = existsSync(runPaths(ctx.paths.dir, runId).pipelineFile);
      await ctx.backend.get();
      return submitTrain(run, hasCheckpoint);
    },
    'runs.cancel': ({ runId }) => {
      const run = runs.require(runId);
      if (!run.jobId || (run.status !== 'queued' && run.status !== 'running')) {
        throw new AppError('conflict', `Run ${runId} is ${run.status}; nothing to cancel.`);
      }
      ctx.runner.cancel(run.jobId);
      return publicRun(runs.require(runId));
    },
    'tune.defaultSpace': ({ template }) => defaultSearchSpace(template),
    'tune.start': async (input) => {
      const spec = TuneSpec.parse(input);
      const v = datasets.resolveVersion(spec.versionId);
      const shape = dataShapeOf(ctx, v);
      const space = spec.space ?? defaultSearchSpace(spec.template);
      validateSearchSpace(space, spec.template);
      // Check the fixed part of the parameters now, so a bad value fails before any trial.
      resolveRunParams(ctx, v, { ...spec.base, template: spec.template });
      if (spec.testVersionId) datasets.resolveVersion(spec.testVersionId);
      await ctx.backend.get();
      const fixed = { ...spec, versionId: v.id, template: spec.template };
      const tuningId = tunings.create(fixed, space, shape.task === 'regression' ? 'rmse' : 'accuracy');
      const params: TuneJobParams = { tuningId };
      const job = ctx.runner.submit('tune', params);
      tunings.attachJob(tuningId, job.id);
      return { tuning: tunings.require(tuningId), job: ctx.jobs.require(job.id) };
    },
    'tunings.list': ({ limit }) => tunings.list(limit),
    'tunings.get': ({ tuningId }) => tunings.require(tuningId),
    'models.list': () => models.list(),
  };
}
