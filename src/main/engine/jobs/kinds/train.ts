import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FeaturePipeline } from '../../../../shared/data.js';
import { FeaturePipeline as PipelineSchema } from '../../../../shared/data.js';
import type { EpochRecord, Metrics } from '../../../../shared/train.js';
import type { TrainJobParams } from '../../../../shared/train-jobs.js';
import { recordUncertainty } from '../../data/labels/uncertainty.js';
import { fitPipeline } from '../../data/pipeline/fit-pipeline.js';
import { computeProfile } from '../../data/profile/profile.js';
import { selectRows } from '../../data/recipes/gather.js';
import { isMissing } from '../../data/table/cells.js';
import { openWorkerData } from '../../data/worker-data.js';
import { inputSchemaOf } from '../../ml/artifacts/input-schema.js';
import { saveModel } from '../../ml/artifacts/model-files.js';
import { referenceSample } from '../../ml/artifacts/reference-sample.js';
import { predictTable } from '../../ml/predict.js';
import { loadTrainingData } from '../../ml/run/load-training-data.js';
import { runPaths } from '../../ml/run/run-paths.js';
import { templateTrainsOn } from '../../ml/templates/backend-support.js';
import { loadTf } from '../../ml/tf-loader.js';
import { trainModel } from '../../ml/train/train-model.js';
import type { JobContext } from '../job-kind.js';

export interface TrainWorkerResult {
  runId: string;
  backend: string;
  epochsDone: number;
  bestEpoch: number | null;
  stoppedEarly: boolean;
  metricName: 'accuracy' | 'rmse';
  metrics: Metrics;
  testMetrics: Metrics | null;
  durationMs: number;
  samplesPerSec: number;
  labels: string[] | null;
  /** Every epoch, including those before a resume (the commit fills any the database missed). */
  history: EpochRecord[];
  /** Unlabeled rows scored for the labeling queue. */
  scored: number;
}

/** Atomic JSON write (temp file + rename); `compact` for large files (no indentation). */
function writeJson(path: string, value: unknown, compact = false): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, compact ? JSON.stringify(value) : JSON.stringify(value, null, 2));
  renameSync(tmp, path);
}

/**
 * A training run in this worker: load the version's columns, fit (or, on resume, reuse) the
 * feature pipeline on the train rows, train with checkpoints after every epoch, then write the
 * model artifacts to the staging folder (the commit step files them as a model version) and score
 * unlabeled rows for the labeling queue.
 */
export async function run(ctx: JobContext<TrainJobParams>): Promise<TrainWorkerResult> {
  const p = ctx.params;
  const paths = runPaths(ctx.workspaceDir, p.runId);
  mkdirSync(paths.checkpointDir, { recursive: true });
  const data = openWorkerData(ctx);
  try {
    ctx.progress(0, 'loading data');
    const { version, train } = loadTrainingData(data, p.versionId, p.testVersionId, p.params.seed, (m) =>
      ctx.log('info', m),
    );
    ctx.throwIfCancelled();

    let pipeline: FeaturePipeline;
    if (p.resume && existsSync(paths.pipelineFile)) {
      pipeline = PipelineSchema.parse(JSON.parse(readFileSync(paths.pipelineFile, 'utf8')));
    } else {
      ctx.progress(0.01, 'fitting the feature pipeline on the train rows');
      pipeline = fitPipeline(
        train.table,
        { versionId: version.id, columns: train.columns, target: train.target, task: train.task },
        train.assignment,
        p.params.pipeline,
      );
      writeJson(paths.pipelineFile, pipeline);
    }

    const tf = await loadTf(ctx.backend);
    let backend: string = ctx.backend;
    if (ctx.backend === 'wasm') {
      const support = await templateTrainsOn(tf, p.params.template, p.params);
      if (!support.ok) {
        ctx.log(
          'warn',
          `the ${p.params.template} template cannot train on wasm (${support.reason}); training on cpu instead`,
        );
        await tf.setBackend('cpu');
        backend = 'cpu';
      }
    }
    ctx.log('info', `training on ${backend}`);

    let lastMetricAt = 0;
    const result = await trainModel(
      {
        tf,
        data: train,
        pipeline,
        params: p.params,
        checkpointDir: paths.checkpointDir,
        resume: p.resume,
        ...(p.stopAtEpoch ? { stopAtEpoch: p.stopAtEpoch } : {}),
      },
      {
        signal: ctx.signal,
        log: (level, message) => ctx.log(level, message),
        onProgress: (pr) => {
          const total = p.stopAtEpoch ?? pr.epochs;
          const fraction = (pr.epoch - 1 + pr.batch / Math.max(1, pr.batches)) / Math.max(1, total);
          ctx.progress(
            fraction,
            `epoch ${pr.epoch}/${total} · loss ${pr.loss.toFixed(4)} · ${Math.round(pr.samplesPerSec)} samples/s`,
            pr.etaSeconds,
          );
          const now = Date.now();
          if (now - lastMetricAt >= 250) {
            lastMetricAt = now;
            ctx.metric(pr.epoch - 1 + pr.batch / Math.max(1, pr.batches), {
              loss: pr.loss,
              samplesPerSec: pr.samplesPerSec,
            });
          }
        },
        onEpoch: (e: EpochRecord) => {
          const values: Record<string, number> = {
            epoch: e.epoch,
            loss: e.loss,
            learningRate: e.learningRate,
            samplesPerSec: e.samplesPerSec,
            durationMs: e.durationMs,
          };
          if (e.valLoss !== null) values.valLoss = e.valLoss;
          if (e.metric !== null) values.metric = e.metric;
          if (e.valMetric !== null) values.valMetric = e.valMetric;
          ctx.metric(e.epoch, values);
        },
      },
    );
    ctx.throwIfCancelled();

    ctx.progress(0.98, 'saving the model');
    const modelDir = join(ctx.stagingDir, 'model');
    mkdirSync(modelDir, { recursive: true });
    await saveModel(result.model, modelDir);
    writeJson(join(modelDir, 'pipeline.json'), pipeline);
    writeJson(join(modelDir, 'labels.json'), result.labels);
    writeJson(join(modelDir, 'input-schema.json'), inputSchemaOf(pipeline, train.columns));
    const trainRows = new Uint8Array(train.table.rowCount);
    for (let i = 0; i < trainRows.length; i++) trainRows[i] = train.assignment[i] === 0 ? 1 : 0;
    const reference = computeProfile(selectRows(train.table, trainRows), {
      versionId: version.id,
      columns: train.columns,
      target: train.target,
      task: train.task,
    });
    writeJson(join(modelDir, 'reference-profile.json'), reference);
    const trainIdx: number[] = [];
    for (let i = 0; i < trainRows.length; i++) if (trainRows[i] === 1) trainIdx.push(i);
    writeJson(
      join(modelDir, 'reference-sample.json'),
      referenceSample(
        train.table,
        Int32Array.from(trainIdx),
        train.columns.filter((c) => c.name !== train.target),
        p.params.seed,
      ),
      true,
    );

    let scored = 0;
    if (p.scoreUnlabeled && train.task !== 'regression')
      scored = await scoreUnlabeled(ctx, tf, result.model, pipeline, train, version.datasetId, p.runId);
    result.model.dispose();
    return {
      runId: p.runId,
      backend,
      epochsDone: result.epochsDone,
      bestEpoch: result.bestEpoch,
      stoppedEarly: result.stoppedEarly,
      metricName: result.metricName,
      metrics: result.valMetrics,
      testMetrics: result.testMetrics,
      durationMs: result.durationMs,
      samplesPerSec: result.samplesPerSec,
      labels: result.labels,
      history: result.history,
      scored,
    };
  } finally {
    data.close();
  }
}

/**
 * The uncertainty hook for labeling: class probabilities of the rows whose target is missing,
 * stored as entropy and margin under this run's id (the labeling queue orders by them).
 */
async function scoreUnlabeled(
  ctx: JobContext<TrainJobParams>,
  tf: Awaited<ReturnType<typeof loadTf>>,
  model: Parameters<typeof predictTable>[1],
  pipeline: FeaturePipeline,
  train: ReturnType<typeof loadTrainingData>['train'],
  datasetId: string,
  runId: string,
): Promise<number> {
  const target = train.table.columns.find((c) => c.name === train.target);
  if (!target) return 0;
  const rows: number[] = [];
  for (let i = 0; i < train.table.rowCount; i++) if (isMissing(target.data, i)) rows.push(i);
  if (rows.length === 0) return 0;
  ctx.progress(0.99, `scoring ${rows.length} unlabeled rows for the labeling queue`);
  const { values, width } = await predictTable(tf, model, pipeline, train.table, Int32Array.from(rows));
  // The one write a worker makes: a side table the labeling queue reads (its own connection, WAL).
  const db = new Database(ctx.databasePath);
  db.pragma('busy_timeout = 10000');
  try {
    return recordUncertainty(
      db,
      datasetId,
      runId,
      rows.map((r, k) => {
        const probs = Array.from(values.subarray(k * width, (k + 1) * width));
        return {
          rowId: train.table.rowIds[r] as number,
          probabilities: width === 1 ? [1 - (probs[0] ?? 0), probs[0] ?? 0] : probs,
        };
      }),
    );
  } finally {
    db.close();
  }
}
