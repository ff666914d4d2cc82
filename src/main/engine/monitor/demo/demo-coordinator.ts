/**
 * The demo, as a job: a synthetic credit stream with a known drift onset goes through the whole
 * factory with no hand-offs — import → train → evaluate → deploy → traffic → drift detected →
 * labels arrive → retrain → gate → promote — using the same commands, jobs, inference port,
 * watch and improvement loop a user's model gets. Each stage prints its numbers; the result ends
 * with the live metric before drift, after drift and after the automatic retrain.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { DemoResult } from '../../../../shared/improve.js';
import type { EngineContext } from '../../context.js';
import type { Engine } from '../../engine.js';
import type { Coordinator, CoordinatorContext } from '../../jobs/runner.js';
import { alertsFor } from '../alerts/alerts-for.js';
import { loopFor } from '../improve/loop/improvement-loop.js';
import { liveOf } from '../improve/loop/live-of.js';
import { watchFor } from '../watch/monitor-watch.js';
import { CREDIT_TARGET, creditCsv, creditRows } from './credit-stream.js';
import { labeledCount, logged, sendTraffic, serving } from './demo-traffic.js';

/** Sizes: training rows, and traffic per phase (rows), sent in looks of LOOK rows. */
const TRAIN_ROWS = 4000;
const BEFORE_ROWS = 1200;
const LOOK = 400;
const MAX_DRIFT_LOOKS = 8;
const AFTER_ROWS = 800;

function freeModelName(ctx: EngineContext): string {
  let name = 'credit-demo';
  for (let i = 2; ctx.ml.models.model(name); i++) name = `credit-demo-${i}`;
  return name;
}

export function demoCoordinator(ctx: EngineContext, engine: Pick<Engine, 'call'>): Coordinator {
  return async (job: CoordinatorContext): Promise<DemoResult> => {
    const params = job.job.params as { seed?: number; port?: number };
    const seed = params.seed ?? 7;
    const started = Date.now();
    const stages: DemoResult['stages'] = [];
    let stageStart = started;
    const stage = (name: string, fraction: number, message: string) => {
      const now = Date.now();
      stages.push({ name, seconds: (now - stageStart) / 1000, message });
      stageStart = now;
      job.log('info', `${name}: ${message}`);
      job.progress(fraction, `${name}: ${message}`);
    };
    const wait = async (jobId: string, what: string) => {
      const done = await ctx.runner.settled(jobId);
      if (done.status !== 'succeeded')
        throw new AppError('internal', `${what} ${done.status}: ${done.error?.message ?? 'no reason given'}`);
      return done.result as Record<string, unknown>;
    };
    const call = engine.call.bind(engine);
    const model = freeModelName(ctx);

    // 1. Data: 4,000 rows of the regime before the onset.
    job.progress(0.01, 'generating the credit data');
    const dir = join(ctx.paths.dir, 'demo');
    mkdirSync(dir, { recursive: true });
    const csv = join(dir, `${model}-training.csv`);
    writeFileSync(csv, creditCsv(creditRows(TRAIN_ROWS, { seed, drifted: false })));
    const imported = await wait(
      (await call('data.import', { path: csv, name: model, target: CREDIT_TARGET, task: 'binary' })).id,
      'the import',
    );
    const versionId = String(imported.versionId);
    await wait(
      (
        await call('data.split', {
          versionId,
          spec: { method: 'stratified', train: 0.7, validation: 0.15, test: 0.15, seed },
        })
      ).id,
      'the split',
    );
    stage(
      'import',
      0.08,
      `${TRAIN_ROWS} rows, 7 features, target "${CREDIT_TARGET}", stratified 70/15/15 split`,
    );

    // 2. Train and evaluate v1, promote it.
    const trained = await call('train.start', {
      versionId,
      modelName: model,
      params: { epochs: 30, batchSize: 64, seed },
    });
    await wait(trained.job.id, 'training');
    const run = ctx.ml.runs.require(trained.run.id);
    stage(
      'train',
      0.2,
      `v${run.modelVersion}: validation accuracy ${(run.metrics?.accuracy ?? 0).toFixed(3)} after ${run.epochsDone} epochs`,
    );
    const evaluated = await call('evaluate.start', { modelName: model, version: 1, robustness: false });
    const evalResult = await wait(evaluated.job.id, 'the evaluation');
    const report = await call('evaluate.get', { id: String(evalResult.evaluationId) });
    await call('models.promote', {
      name: model,
      version: 1,
      reason: 'demo: the first model',
      actor: 'demo',
      overrideGate: !report.gate.passed,
      ...(report.gate.passed ? {} : { reason: 'demo: the first model (no gate policy yet)' }),
    });
    const accuracy = report.metrics.kind === 'classification' ? report.metrics.accuracy : null;
    stage(
      'evaluate',
      0.28,
      `v1 test accuracy ${accuracy?.toFixed(3)} on ${report.data.rows} rows; gate ${report.gate.passed ? 'passed' : 'failed'}; promoted to production`,
    );

    // 3. Deploy: the inference port, and the policy that closes the loop.
    let status = await call('serve.status', {});
    if (!status.running) status = await call('serve.start', { options: { port: params.port ?? 0 } });
    if (!status.url) throw new AppError('unavailable', 'the inference server did not start');
    const baseUrl = status.url.replace(/\/$/, '');
    await call('policy.set', {
      modelName: model,
      policies: [
        {
          name: 'retrain on drift',
          triggers: { driftWindows: 3, metricDrop: false, newLabels: null, everyHours: null },
          minIntervalMinutes: 0,
          action: 'retrain',
          recencyWeight: 4,
          promotion: 'auto',
          watch: { labeledRows: 200, maxDrop: 0.05 },
        },
      ],
    });
    stage(
      'deploy',
      0.32,
      `serving ${model} v1 at ${baseUrl}; policy "retrain on drift" (drift in 3 windows in a row)`,
    );

    const watch = watchFor(ctx);
    const loop = loopFor(ctx);
    let sent = 0;
    let labels = labeledCount(ctx.db);
    const send = async (samples: Parameters<typeof sendTraffic>[0]['samples'], unlabeledEvery?: number) => {
      const r = await sendTraffic({
        baseUrl,
        model,
        samples,
        batch: 50,
        signal: job.signal,
        ...(unlabeledEvery ? { unlabeledEvery } : {}),
      });
      sent += r.rows;
      labels += r.labeled;
    };
    const look = async () => {
      await logged(ctx.db, model, sent, job.signal, labels);
      watch.tick();
      await watch.pending;
    };

    // 4. Traffic like the training data, with its labels.
    const t0 = Date.now();
    const before = creditRows(BEFORE_ROWS, { seed: seed + 1, drifted: false });
    for (let i = 0; i < before.length; i += LOOK) {
      await send(before.slice(i, i + LOOK));
      await look();
    }
    const beforeDrift = liveOf(ctx.db, model, 1, { from: t0, to: Date.now() + 1 });
    stage(
      'traffic',
      0.4,
      `${BEFORE_ROWS} predictions with feedback; live accuracy ${beforeDrift.value?.toFixed(3)}`,
    );

    // 5. The drift onset: the recession regime, until the policy starts a cycle.
    const t1 = Date.now();
    const after = creditRows(LOOK * MAX_DRIFT_LOOKS + AFTER_ROWS, { seed: seed + 2, drifted: true });
    let used = 0;
    let driftAlertId: string | null = null;
    for (let k = 0; k < MAX_DRIFT_LOOKS && !loop.deps.cycles.open(model); k++) {
      // One outcome in ten is not known yet: those predictions are left for analysts to label.
      await send(after.slice(used, used + LOOK), 10);
      used += LOOK;
      await look();
      driftAlertId ??=
        alertsFor(ctx)
          .list({ modelName: model, open: true, limit: 20 })
          .find((a) => a.kind === 'drift')?.id ?? null;
    }
    const afterDrift = liveOf(ctx.db, model, 1, { from: t1, to: Date.now() + 1 });
    const cycle = loop.deps.cycles.open(model);
    if (!cycle) throw new AppError('internal', `no cycle started after ${used} drifted predictions`);
    stage(
      'drift',
      0.5,
      `${used} drifted predictions: ${driftAlertId ? 'drift alert raised' : 'no drift alert'}; live accuracy ${afterDrift.value?.toFixed(3)}; policy started cycle ${cycle.id} (${cycle.trigger.kind.replace('_', ' ')})`,
    );

    // 6. The loop: dataset → train → evaluate → gate → promote, each a job.
    const ended = await loop.settle(model, 150_000);
    const promoted =
      ended?.status === 'watching' || ended?.status === 'completed' ? ended.challengerVersion : null;
    const gate = loop.deps.timeline
      .list(model, { cycleId: cycle.id, limit: 50 })
      .find((e) => e.kind === 'gate');
    stage(
      'retrain',
      0.85,
      `cycle ${ended?.status}: ${ended?.productionRows ?? 0} labeled production rows added; ${gate?.title ?? 'no gate verdict'}${promoted ? `; v${promoted} promoted (hot swap)` : ''}`,
    );

    // 7. Traffic after the retrain (still the new regime); the watch period judges it.
    let afterRetrain: number | null = null;
    if (promoted) {
      await serving(baseUrl, model, promoted, job.signal);
      const t2 = Date.now();
      await send(after.slice(used, used + AFTER_ROWS));
      await look();
      await loop.tick();
      afterRetrain = liveOf(ctx.db, model, promoted, { from: t2, to: Date.now() + 1 }).value;
    }
    const final = loop.deps.cycles.get(cycle.id);
    stage(
      'after retrain',
      1,
      promoted
        ? `live accuracy ${afterRetrain?.toFixed(3)} on ${AFTER_ROWS} predictions of v${promoted}; watch period: ${final?.status}`
        : 'the challenger was not promoted; v1 keeps serving',
    );
    return {
      modelName: model,
      liveMetric: {
        name: 'accuracy',
        beforeDrift: beforeDrift.value,
        afterDrift: afterDrift.value,
        afterRetrain,
      },
      promotedVersion: promoted ?? null,
      seconds: (Date.now() - started) / 1000,
      stages,
      cycleId: cycle.id,
      driftAlertId,
      port: status.port,
    };
  };
}
