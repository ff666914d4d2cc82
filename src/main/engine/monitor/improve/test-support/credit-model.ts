/**
 * Test support (tests only): the demo's credit stream as a real model in a real engine —
 * imported from CSV, split, trained small, evaluated and promoted (v1 in production) — plus
 * the inference port and one "look" of the watch, as the demo coordinator drives them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../../engine.js';
import { CREDIT_TARGET, type CreditSample, creditCsv, creditRows } from '../../demo/credit-stream.js';
import { logged, sendTraffic } from '../../demo/demo-traffic.js';
import { watchFor } from '../../watch/monitor-watch.js';

export const CREDIT_MODEL = 'credit';

async function settled(engine: Engine, jobId: string, what: string): Promise<Record<string, unknown>> {
  const done = await engine.context.runner.settled(jobId);
  if (done.status !== 'succeeded') throw new Error(`${what} ${done.status}: ${done.error?.message}`);
  return done.result as Record<string, unknown>;
}

export interface CreditModel {
  /** The imported dataset version v1 was trained on (it has a saved split). */
  versionId: string;
  runId: string;
}

/** Import `rows` pre-drift credit rows, split 70/15/15, train v1 (`epochs`), evaluate it and promote it. */
export async function trainCreditModel(
  engine: Engine,
  opts: { rows: number; epochs: number; seed?: number; model?: string },
): Promise<CreditModel> {
  const seed = opts.seed ?? 7;
  const model = opts.model ?? CREDIT_MODEL;
  const dir = join(engine.paths.dir, 'test-data');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `${model}.csv`);
  writeFileSync(csv, creditCsv(creditRows(opts.rows, { seed, drifted: false })));
  const imported = await settled(
    engine,
    (await engine.call('data.import', { path: csv, name: model, target: CREDIT_TARGET, task: 'binary' })).id,
    'the import',
  );
  const versionId = String(imported.versionId);
  await settled(
    engine,
    (
      await engine.call('data.split', {
        versionId,
        spec: { method: 'stratified', train: 0.7, validation: 0.15, test: 0.15, seed },
      })
    ).id,
    'the split',
  );
  const trained = await engine.call('train.start', {
    versionId,
    modelName: model,
    params: { epochs: opts.epochs, batchSize: 64, seed, earlyStopping: { enabled: false } },
  });
  await settled(engine, trained.job.id, 'training');
  const evaluated = await engine.call('evaluate.start', { modelName: model, version: 1, robustness: false });
  await settled(engine, evaluated.job.id, 'the evaluation');
  await engine.call('models.promote', { name: model, version: 1, reason: 'first release (test)' });
  return { versionId, runId: trained.run.id };
}

/** Start the inference server on a free port; its base URL without the trailing slash. */
export async function serveOnFreePort(engine: Engine): Promise<string> {
  const status = await engine.call('serve.start', { options: { port: 0 } });
  if (!status.url) throw new Error(`the inference server did not start: ${status.error}`);
  return status.url.replace(/\/$/, '');
}

/** HTTP traffic to the port: predict, then feedback with the true labels (the demo's client). */
export function send(baseUrl: string, samples: readonly CreditSample[], model = CREDIT_MODEL) {
  return sendTraffic({ baseUrl, model, samples, batch: 50, signal: new AbortController().signal });
}

/**
 * One look of the watch once the request log holds `totalRows` predictions of the model, and the
 * improvement loop's work on it. Returns how many alerts the look raised.
 */
export async function look(engine: Engine, totalRows: number, model = CREDIT_MODEL): Promise<number> {
  await logged(engine.context.db, model, totalRows, AbortSignal.timeout(20_000));
  const watch = watchFor(engine.context);
  const raised = watch.tick();
  await watch.pending;
  return raised;
}
