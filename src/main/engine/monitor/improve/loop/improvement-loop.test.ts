/**
 * The improvement loop end to end, on one workspace, in order (each test starts from where the
 * previous one left the model): a real engine, the credit stream imported and trained small, v1
 * in production on a real inference port, traffic and feedback over HTTP, the watch's looks.
 * Faults are real: a dataset whose column files are gone, and the app killed mid-retrain.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImprovementCycle } from '../../../../../shared/improve.js';
import { type Engine, openEngine } from '../../../engine.js';
import { tempDir } from '../../../test-support/temp-workspace.js';
import { packageInfo } from '../../../util/package-root.js';
import { alertsFor } from '../../alerts/alerts-for.js';
import { CREDIT_CLASSES, type CreditSample, creditRows } from '../../demo/credit-stream.js';
import { logged } from '../../demo/demo-traffic.js';
import { watchFor } from '../../watch/monitor-watch.js';
import {
  type CreditModel,
  look,
  CREDIT_MODEL as MODEL,
  send,
  serveOnFreePort,
  trainCreditModel,
} from '../test-support/credit-model.js';
import { loopFor } from './improvement-loop.js';
import { notYet } from './triggers.js';

const WINDOW = 300;
const ws = tempDir();
let engine: Engine;
let baseUrl = '';
let credit: CreditModel;
/** Prediction rows sent so far (the request log's total for the model). */
let sent = 0;
/** Drifted rows, used in order across the tests. */
const drifted = creditRows(3000, { seed: 21, drifted: true });
let driftUsed = 0;

async function open(): Promise<Engine> {
  return openEngine({
    shell: 'test',
    workspace: ws.dir,
    env: { AI_FACTORY_BACKEND: 'wasm', VITEST: '1' },
    serve: { logIntervalMs: 50, retentionIntervalMs: 200 },
  });
}

const loop = () => loopFor(engine.context);
const production = () => engine.context.ml.models.production(MODEL)?.version;
const inProduction = () =>
  engine.context.ml.models
    .versionsOf(MODEL)
    .filter((v) => v.stage === 'production')
    .map((v) => v.version);
const cycles = () => loop().deps.cycles.list(MODEL, 100);
const feedbackRows = () =>
  engine.context.db.prepare('SELECT count(*) FROM prediction_feedback').pluck().get() as number;

/** Send rows over HTTP with their true labels as feedback, wait until all of it is logged, then one look. */
async function trafficAndLook(samples: readonly CreditSample[]): Promise<unknown[]> {
  const fb = feedbackRows();
  await send(baseUrl, samples);
  sent += samples.length;
  await waitUntil(() => feedbackRows() >= fb + samples.length, 'feedback logged');
  await look(engine, sent);
  return (await watchFor(engine.context).pending) as unknown[];
}

async function nextDriftedLook(): Promise<unknown[]> {
  const rows = drifted.slice(driftUsed, driftUsed + WINDOW);
  driftUsed += WINDOW;
  return trafficAndLook(rows);
}

async function waitUntil(ok: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function predictHttp(rows: readonly CreditSample[]) {
  const res = await fetch(`${baseUrl}/v1/models/${MODEL}:predict`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ instances: rows.map((r) => r.features) }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    predictions: { prediction_id: string; model_version: number; prediction: string }[];
  };
  return body.predictions;
}

async function feedbackHttp(items: { prediction_id: string; label: string }[]): Promise<void> {
  const res = await fetch(`${baseUrl}/v1/models/${MODEL}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ feedback: items }),
  });
  expect(await res.json()).toEqual({ recorded: items.length });
}

const liveNow = async () =>
  (await engine.call('monitor.report', { modelName: MODEL, window: { rows: WINDOW } })).liveMetrics;

beforeAll(async () => {
  engine = await open();
  // The test takes every look of the watch itself.
  await engine.call('settings.set', { patch: { 'monitor.watchSeconds': 0, 'monitor.windowRows': WINDOW } });
  credit = await trainCreditModel(engine, { rows: 2000, epochs: 8 });
  baseUrl = await serveOnFreePort(engine);
  await engine.call('policy.set', {
    modelName: MODEL,
    policies: [
      {
        name: 'retrain on drift',
        triggers: { driftWindows: 2, metricDrop: false, newLabels: null, everyHours: null },
        minIntervalMinutes: 0,
        promotion: 'approval',
      },
    ],
  });
}, 120_000);

afterAll(async () => {
  await engine?.close();
  ws.cleanup();
});

describe('the improvement loop on a served model', () => {
  it('a window with no traffic: the watch makes no report and no cycle starts', async () => {
    const watch = watchFor(engine.context);
    expect(watch.tick()).toBe(0);
    expect(await watch.pending).toEqual([]);
    // Traffic like the training data: one report reaches the loop, no trigger fires.
    const looked = await trafficAndLook(creditRows(WINDOW, { seed: 8, drifted: false }));
    expect(looked).toEqual([null]);
    // Nothing new since that look: no report, so nothing for the loop either.
    expect(watch.tick()).toBe(0);
    expect(await watch.pending).toEqual([]);
    expect(cycles()).toEqual([]);
    expect(await engine.call('timeline.list', { modelName: MODEL })).toEqual([]);
    const live = await liveNow();
    expect(live).toMatchObject({ name: 'accuracy', labeled: WINDOW, share: 1, dropped: false });
    expect(live.value).toBeGreaterThan(0.8);
  });

  it('feedback sent twice for one prediction: the later label wins, counted once', async () => {
    const rows = creditRows(10, { seed: 9, drifted: false });
    const predictions = await predictHttp(rows);
    expect(predictions.map((p) => p.model_version)).toEqual(Array(10).fill(1));
    const fb = feedbackRows();
    await feedbackHttp(
      predictions.map((p, i) => ({ prediction_id: p.prediction_id, label: rows[i]?.label as string })),
    );
    sent += 10;
    await logged(engine.context.db, MODEL, sent, AbortSignal.timeout(20_000));
    await waitUntil(() => feedbackRows() === fb + 10, 'feedback logged');
    const correct = (l: { value: number | null; labeled: number }) => Math.round((l.value ?? 0) * l.labeled);
    const before = await liveNow();
    expect(before.labeled).toBe(WINDOW);

    // The first prediction relabelled with the other class, then back to its true label.
    const p0 = predictions[0] as (typeof predictions)[number];
    const truth = rows[0]?.label as string;
    const wrong = CREDIT_CLASSES.find((c) => c !== truth) as string;
    const n = feedbackRows();
    await feedbackHttp([{ prediction_id: p0.prediction_id, label: wrong }]);
    await waitUntil(() => feedbackRows() === n + 1, 'the relabel logged');
    const relabelled = await liveNow();
    expect(relabelled.labeled).toBe(WINDOW);
    expect(correct(relabelled) - correct(before)).toBe(p0.prediction === truth ? -1 : 1);

    await feedbackHttp([{ prediction_id: p0.prediction_id, label: truth }]);
    await waitUntil(() => feedbackRows() === n + 2, 'the second relabel logged');
    const back = await liveNow();
    expect(back.labeled).toBe(WINDOW);
    expect(correct(back)).toBe(correct(before));
  });

  it('a retrain whose data cannot be read fails: the champion keeps serving, the policy backs off', async () => {
    // The column files of the dataset v1 was trained on go missing (moved away by hand, say).
    const base = engine.context.data.datasets.requireVersion(credit.versionId);
    const files = base.columns.map((c) => engine.context.data.columns.pathOf(c.blob));
    for (const f of files) renameSync(f, `${f}.away`);
    try {
      const first = await nextDriftedLook();
      expect(first).toEqual([null]);
      const second = await nextDriftedLook();
      const started = second[0] as ImprovementCycle;
      expect(started).toMatchObject({ status: 'running', stage: 'dataset', championVersion: 1 });
      expect(started.trigger).toMatchObject({ kind: 'drift', values: { windows: 2, required: 2 } });

      const ended = await loop().settle(MODEL, 60_000);
      expect(ended).toMatchObject({ id: started.id, status: 'failed', stage: 'done', jobId: null });
      expect(ended?.error).toMatch(
        /^The improve\.dataset job failed: column data [0-9a-f]{12}… is missing from /,
      );
      expect(ended?.endedAt).not.toBeNull();
      expect(ended?.datasetVersionId).toBeNull();

      // Still v1, and the port still answers with it.
      expect(inProduction()).toEqual([1]);
      const answer = await predictHttp(drifted.slice(0, 5));
      expect(answer.map((p) => p.model_version)).toEqual([1, 1, 1, 1, 1]);
      sent += 5;

      const timeline = await engine.call('timeline.list', { modelName: MODEL, cycleId: started.id });
      expect(timeline.map((e) => e.kind)).toEqual(['failure', 'trigger']);
      const failure = timeline[0];
      expect(failure?.title).toBe('Cycle failed at dataset');
      expect(failure?.message).toContain('Champion v1 keeps serving.');
      expect(failure?.message).toContain(
        'Policy "retrain on drift" backs off for 5 min (failure 1 in a row).',
      );
      expect(failure?.values).toEqual({ failures: 1, backoffMinutes: 5 });
      expect(failure?.links.jobId).toEqual(expect.any(String));
      expect(engine.context.jobs.get(failure?.links.jobId as string)?.status).toBe('failed');

      const [policy] = await engine.call('policy.list', { modelName: MODEL });
      expect(policy?.state.failures).toBe(1);
      expect(policy?.state.lastRunAt).toBe(started.startedAt);
      const until = Date.parse(policy?.state.backoffUntil as string);
      expect(until).toBeGreaterThan(Date.now() + 4 * 60_000);
      expect(until).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
      expect(notYet(policy as NonNullable<typeof policy>, Date.now())).toMatch(
        /^backing off after 1 failed cycle\(s\) until /,
      );

      // Drift goes on for two more windows: the trigger would fire, the backoff holds it.
      expect(await nextDriftedLook()).toEqual([null]);
      expect(await nextDriftedLook()).toEqual([null]);
      expect(await loop().checkPolicies(MODEL)).toBeNull();
      expect(cycles().map((c) => c.id)).toEqual([started.id]);
    } finally {
      for (const f of files) renameSync(`${f}.away`, f);
    }
  });

  it('the app killed during a retrain: on restart the cycle is interrupted, v1 still serves, a new cycle runs', async () => {
    await engine.close();
    const { cycleId, jobId, runId } = await killedChild();

    engine = await open();
    const c = loop().deps.cycles.require(cycleId);
    expect(c).toMatchObject({
      status: 'interrupted',
      stage: 'done',
      jobId: null,
      runId,
      challengerVersion: null,
      error: 'the app stopped during the cycle',
    });
    expect(c.endedAt).not.toBeNull();
    expect(engine.context.jobs.get(jobId)?.status).toBe('interrupted');
    expect(engine.context.ml.runs.get(runId)?.status).toBe('interrupted');
    const timeline = await engine.call('timeline.list', { modelName: MODEL, cycleId });
    expect(timeline.map((e) => e.kind)).toEqual(['interrupted', 'dataset', 'trigger']);
    expect(timeline[0]).toMatchObject({ title: 'Cycle interrupted at train', links: { jobId } });
    expect(timeline[0]?.message).toContain('Nothing was promoted: champion v1 keeps serving.');
    // Nothing half-done reached production, and the killed run registered no version.
    expect(production()).toBe(1);
    expect(inProduction()).toEqual([1]);
    expect(engine.context.ml.models.versionsOf(MODEL).map((v) => v.version)).toEqual([1]);

    baseUrl = await serveOnFreePort(engine);
    const answer = await predictHttp(drifted.slice(0, 3));
    expect(answer.map((p) => p.model_version)).toEqual([1, 1, 1]);
    sent += 3;

    // A new cycle starts and runs to its verdict; a person refuses it.
    const again = await engine.call('improve.runNow', { modelName: MODEL });
    expect(again).toMatchObject({ status: 'running', stage: 'dataset', championVersion: 1 });
    const waiting = await loop().settle(MODEL, 90_000);
    expect(waiting).toMatchObject({ id: again.id, status: 'awaiting_approval', stage: 'promote' });
    const rejected = await engine.call('improve.decide', {
      cycleId: again.id,
      approve: false,
      reason: 'not this week',
      actor: 'ana',
    });
    expect(rejected).toMatchObject({ status: 'rejected', stage: 'done' });
    expect(inProduction()).toEqual([1]);
    const [policy] = await engine.call('policy.list', { modelName: MODEL });
    // A cycle that reached a verdict ends the failure streak.
    expect(policy?.state).toMatchObject({ failures: 0, backoffUntil: null });
  });

  it('drift triggers the policy; the challenger waits for approval, is approved and promoted, every step on the timeline', async () => {
    let started: ImprovementCycle | null = null;
    for (let k = 0; k < 4 && !started; k++) {
      const looked = await nextDriftedLook();
      started = (looked[0] as ImprovementCycle | null) ?? null;
    }
    expect(started).not.toBeNull();
    const cycle = started as ImprovementCycle;
    const driftAlert = alertsFor(engine.context)
      .list({ modelName: MODEL, open: true, limit: 20 })
      .find((a) => a.kind === 'drift');
    expect(driftAlert).toBeDefined();
    expect(cycle.trigger).toMatchObject({
      kind: 'drift',
      values: { windows: 2, required: 2 },
      alertId: driftAlert?.id,
    });
    expect(cycle.trigger.values.driftedShare).toBeGreaterThanOrEqual(0.5);
    expect(cycle.trigger.window?.to).toBeGreaterThan(cycle.trigger.window?.from ?? Number.POSITIVE_INFINITY);

    const waiting = await loop().settle(MODEL, 90_000);
    expect(waiting).toMatchObject({ id: cycle.id, status: 'awaiting_approval', stage: 'promote' });
    const challenger = waiting?.challengerVersion as number;
    expect(challenger).toBeGreaterThan(1);
    expect(production()).toBe(1);
    expect(waiting?.productionRows).toBeGreaterThan(0);

    const approved = await engine.call('improve.decide', {
      cycleId: cycle.id,
      approve: true,
      reason: 'better on the recession traffic',
      actor: 'ana',
    });
    expect(approved).toMatchObject({ status: 'watching', stage: 'watch', challengerVersion: challenger });
    expect(production()).toBe(challenger);
    expect(inProduction()).toEqual([challenger]);
    expect(engine.context.ml.models.byNumber(MODEL, 1)?.stage).toBe('archived');
    // Hot swap: the same port answers with the new version.
    let versions: number[] = [];
    for (let i = 0; i < 100; i++) {
      versions = (await predictHttp(drifted.slice(0, 2))).map((p) => p.model_version);
      sent += 2;
      if (versions.every((v) => v === challenger)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(versions).toEqual([challenger, challenger]);

    const final = loop().deps.cycles.require(cycle.id);
    const timeline = (await engine.call('timeline.list', { modelName: MODEL, cycleId: cycle.id })).reverse();
    expect(timeline.map((e) => e.kind)).toEqual([
      'trigger',
      'dataset',
      'train',
      'gate',
      'approval',
      'approval',
      'promote',
    ]);
    const [trigger, dataset, train, gate, wait, approval, promote] = timeline;
    expect(trigger?.links).toEqual({ alertId: driftAlert?.id, window: cycle.trigger.window, version: 1 });
    expect(dataset?.links).toEqual({ datasetVersionId: final.datasetVersionId });
    expect(dataset?.values.productionRows).toBe(final.productionRows);
    expect(train?.links).toEqual({ runId: final.runId, version: challenger });
    expect(gate?.title).toBe(`Gate passed challenger v${challenger}`);
    expect(gate?.links).toEqual({ evaluationId: final.evaluationId, version: challenger });
    expect(wait?.title).toBe(`Waiting for a person to approve v${challenger}`);
    expect(approval).toMatchObject({
      title: `ana approved v${challenger}`,
      message: 'better on the recession traffic',
      links: { version: challenger },
    });
    expect(promote?.title).toBe(`Promoted v${challenger} to production (approved by ana)`);
    expect(promote?.links).toEqual({ version: challenger, evaluationId: final.evaluationId });

    // The links lead to the real records.
    const ctx = engine.context;
    const dv = ctx.data.datasets.requireVersion(final.datasetVersionId as string);
    expect(dv.rows).toBe(dataset?.values.rows);
    expect(dv.rows).toBeGreaterThan(2000);
    expect(ctx.ml.runs.get(final.runId as string)?.modelVersion).toBe(challenger);
    const evaluation = await engine.call('evaluate.get', { id: final.evaluationId as string });
    // The gate judged the challenger against v1 on the new version's test split…
    expect(evaluation).toMatchObject({
      version: challenger,
      data: { versionId: final.datasetVersionId, source: 'test-split' },
      production: { version: 1 },
      gate: { passed: true },
    });
    // …after the most recent labeled window (the held-out production rows).
    const recent = await engine.call('evaluate.get', { id: final.recentEvaluationId as string });
    expect(recent).toMatchObject({ version: challenger, data: { versionId: final.recentVersionId } });
    expect(gate?.values.recentRows).toBe(recent.data.rows);
    expect(gate?.values.challenger).toBe(
      evaluation.metrics.kind === 'classification' ? evaluation.metrics.accuracy : Number.NaN,
    );
    const lineage = await engine.call('models.lineage', { name: MODEL, version: challenger });
    expect(lineage.dataset.versionId).toBe(final.datasetVersionId);
    expect(lineage.run.id).toBe(final.runId);
  });
});

/** Start the child on the workspace, wait until its cycle's training runs, and SIGKILL it. */
async function killedChild(): Promise<{ cycleId: string; jobId: string; runId: string }> {
  const root = packageInfo().dir;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'bin/run-ts.mjs'),
      join(root, 'src/main/engine/monitor/improve/test-support/improve-child.ts'),
      ws.dir,
      MODEL,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((r) => child.on('exit', r));
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const l = out.split('\n').find((x) => x.startsWith('{'));
        if (l) resolve(l);
      });
      child.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
      });
      child.on('exit', (code) => reject(new Error(`the child exited (${code}) before training: ${err}`)));
      setTimeout(() => reject(new Error(`the child's cycle never reached training: ${err}`)), 60_000);
    });
    return JSON.parse(line) as { cycleId: string; jobId: string; runId: string };
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}
