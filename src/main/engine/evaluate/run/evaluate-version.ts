/**
 * An evaluation inside its job worker: the candidate's predictions on the evaluation rows →
 * accuracy metrics and slices; the production version's metrics on the same rows; the
 * robustness suite; a load test of both in the real inference server. The gate is judged in the
 * commit step (main thread) against the policy in force then.
 */
import { join } from 'node:path';
import type { AccuracyMetrics, LatencyReport, RobustnessReport } from '../../../../shared/evaluate.js';
import { cellAt } from '../../data/table/cells.js';
import { openWorkerData } from '../../data/worker-data.js';
import type { JobContext } from '../../jobs/job-kind.js';
import { predictTable } from '../../ml/predict.js';
import { loadTf, type Tf } from '../../ml/tf-loader.js';
import { loadArtifacts, type VersionArtifacts } from '../../serve/runtime/load-artifacts.js';
import { appVersion } from '../../util/version.js';
import { startLoadServer } from '../load/load-server.js';
import { runLoadTest } from '../load/load-test.js';
import { classificationReport } from '../metrics/classification-report.js';
import { regressionReport } from '../metrics/regression.js';
import { robustFeatures } from '../robustness/pipeline-features.js';
import { runRobustness } from '../robustness/run-robustness.js';
import { sliceReport } from '../slices/slice-report.js';
import { type EvaluationData, loadEvaluationData } from './evaluation-data.js';
import type { EvaluateJobParams, EvaluateWorkerResult } from './job-params.js';
import { ProgressPlan } from './progress-plan.js';

type Outputs = { values: Float32Array; width: number };

function accuracyOf(
  a: VersionArtifacts,
  out: Outputs,
  actual: Float64Array,
  threshold: number | null,
): AccuracyMetrics {
  const target = a.pipeline.target;
  if (target?.task === 'regression') return regressionReport(out.values, actual);
  const labels = target?.classes ?? a.labels ?? [];
  return classificationReport(out.values, out.width, actual, labels, threshold ?? undefined);
}

/** Raw rows (feature → JSON value) for the load test, in evaluation order. */
function rawRows(data: EvaluationData, features: string[], max: number): Record<string, unknown>[] {
  const cols = features
    .map((name) => data.table.columns.find((c) => c.name === name))
    .filter((c) => c !== undefined);
  const out: Record<string, unknown>[] = [];
  for (let k = 0; k < Math.min(max, data.rows.length); k++) {
    const i = data.rows[k] as number;
    const row: Record<string, unknown> = {};
    for (const c of cols) row[c.name] = cellAt(c, i);
    out.push(row);
  }
  return out;
}

async function robustnessOf(
  tf: Tf,
  a: VersionArtifacts,
  data: EvaluationData,
  ctx: JobContext<EvaluateJobParams>,
  report: (f: number, m: string) => void,
): Promise<RobustnessReport> {
  const target = a.pipeline.target;
  return runRobustness({
    table: data.table,
    rows: data.rows,
    task: target?.task ?? 'binary',
    features: robustFeatures(a.pipeline),
    actual: data.actual,
    predict: (table, rows) => predictTable(tf, a.model, a.pipeline, table, rows),
    ...(target?.task === 'regression' ? { targetStd: target.scale } : {}),
    onProgress: report,
    signal: ctx.signal,
  });
}

export async function evaluateVersion(ctx: JobContext<EvaluateJobParams>): Promise<EvaluateWorkerResult> {
  const p = ctx.params;
  const started = performance.now();
  const plan = new ProgressPlan([
    { name: 'load', weight: 3, enabled: true },
    { name: 'metrics', weight: 5, enabled: true },
    { name: 'production', weight: 4, enabled: p.production !== null },
    { name: 'robustness', weight: 30, enabled: p.robustness },
    {
      name: 'production-robustness',
      weight: 30,
      enabled: p.robustness && p.productionRobustness && p.production !== null,
    },
    { name: 'latency', weight: (p.load?.seconds ?? 0) * 2, enabled: p.load !== null },
    {
      name: 'production-latency',
      weight: (p.load?.seconds ?? 0) * 2,
      enabled: p.load !== null && p.production !== null,
    },
  ]);
  const label = (v: { modelName: string; version: number }) => `${v.modelName} v${v.version}`;
  ctx.progress(0, `loading ${label(p.candidate)} and the evaluation rows`);
  const tf = await loadTf(ctx.backend);
  const candidate = await loadArtifacts(tf, join(ctx.workspaceDir, p.candidate.artifactDir));
  const production = p.production
    ? await loadArtifacts(tf, join(ctx.workspaceDir, p.production.artifactDir))
    : null;
  const store = openWorkerData(ctx);
  let data: EvaluationData;
  try {
    data = loadEvaluationData(
      store,
      candidate.pipeline,
      { run: p.run, datasetVersionId: p.datasetVersionId },
      (m) => ctx.log('info', m),
    );
  } finally {
    store.close();
  }
  ctx.log(
    'info',
    `evaluating on ${data.rows.length} rows (${data.info.source}; ${data.info.droppedRows} without a usable target left out)`,
  );
  ctx.throwIfCancelled();

  ctx.progress(plan.at('metrics'), `predicting ${data.rows.length} rows`);
  const out = await predictTable(tf, candidate.model, candidate.pipeline, data.table, data.rows);
  const metrics = accuracyOf(candidate, out, data.actual, p.threshold);
  const features = candidate.pipeline.features.map((f) => f.column);
  const slices = sliceReport({
    table: data.table,
    rows: data.rows,
    features,
    task: candidate.pipeline.target?.task ?? 'binary',
    outputs: out.values,
    width: out.width,
    actual: data.actual,
    labelNames: metrics.kind === 'classification' ? metrics.labels : [],
    ...(p.threshold !== null ? { threshold: p.threshold } : {}),
  });
  ctx.throwIfCancelled();

  let productionPart: EvaluateWorkerResult['production'] = null;
  if (production && p.production) {
    ctx.progress(plan.at('production'), `predicting with production ${label(p.production)}`);
    checkSameTask(candidate, production);
    const prodOut = await predictTable(tf, production.model, production.pipeline, data.table, data.rows);
    productionPart = {
      version: p.production.version,
      metrics: accuracyOf(production, prodOut, data.actual, p.threshold),
      robustnessScore: null,
    };
  }
  ctx.throwIfCancelled();

  let robustness: RobustnessReport | null = null;
  if (p.robustness) {
    robustness = await robustnessOf(tf, candidate, data, ctx, (f, m) =>
      ctx.progress(plan.at('robustness', f), `robustness: ${m}`),
    );
    if (production && productionPart && p.productionRobustness) {
      const r = await robustnessOf(tf, production, data, ctx, (f, m) =>
        ctx.progress(plan.at('production-robustness', f), `production robustness: ${m}`),
      );
      productionPart.robustnessScore = r.score;
    }
  }

  let latency: LatencyReport | null = null;
  if (p.load) {
    const load = p.load;
    ctx.progress(plan.at('latency'), `starting an inference server for the load test`);
    const server = await startLoadServer({
      workspaceDir: ctx.workspaceDir,
      databasePath: ctx.databasePath,
      backend: ctx.backend,
      port: load.port,
      appVersion: appVersion(),
      onWarning: (m) => ctx.log('warn', `load-test server: ${m}`),
    });
    try {
      const rows = rawRows(data, features, 5000);
      const drive = (v: { modelName: string; version: number }, phase: string) =>
        runLoadTest({
          url: server.url,
          modelName: v.modelName,
          version: v.version,
          rows,
          rate: load.rate,
          seconds: load.seconds,
          connections: load.connections,
          signal: ctx.signal,
          onProgress: (f) => ctx.progress(plan.at(phase, f), `load test of ${label(v)}: ${load.rate} req/s`),
        });
      const cand = await drive(p.candidate, 'latency');
      ctx.throwIfCancelled();
      const prod = p.production ? await drive(p.production, 'production-latency') : null;
      latency = { candidate: cand, production: prod };
    } finally {
      await server.stop();
    }
  }
  ctx.throwIfCancelled();
  ctx.progress(1, 'done');
  return {
    id: p.evaluationId,
    modelName: p.candidate.modelName,
    version: p.candidate.version,
    task: candidate.metadata.task,
    data: data.info,
    metrics,
    slices,
    robustness,
    latency,
    production: productionPart,
    seconds: (performance.now() - started) / 1000,
  };
}

function checkSameTask(a: VersionArtifacts, b: VersionArtifacts): void {
  const ca = JSON.stringify(a.pipeline.target?.classes ?? null);
  const cb = JSON.stringify(b.pipeline.target?.classes ?? null);
  if (a.metadata.task !== b.metadata.task || ca !== cb) {
    throw new Error(
      `the production version predicts ${b.metadata.task} ${cb} but the candidate ${a.metadata.task} ${ca}; they cannot be compared`,
    );
  }
}
