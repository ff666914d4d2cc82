import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationReport } from '../../../shared/evaluate.js';
import { EvaluationsStore } from '../evaluate/store/evaluations-store.js';
import { trainModelVersions } from '../serve/registry/test-models.js';
import { failure } from '../test-support/failure.js';
import { openTestEngine, type TestEngine } from '../test-support/open-test-engine.js';
import { seedDataset } from '../test-support/seed-dataset.js';

let t: TestEngine;
let seeded: Awaited<ReturnType<typeof trainModelVersions>>;

beforeAll(async () => {
  t = await openTestEngine();
  seeded = await trainModelVersions(t.engine, { ev: 2 });
}, 300_000);
afterAll(async () => {
  await t?.cleanup();
});

/** Start an evaluation and wait for its job; the job record. */
async function evaluate(input: Parameters<TestEngine['engine']['call']>[1] & object) {
  const { job } = await t.engine.call('evaluate.start', input as never);
  return t.engine.context.runner.settled(job.id);
}

describe('evaluation (engine, real worker, real inference server)', () => {
  it('measures a version on its test split, drives the real server, judges the default gate and stores the report', async () => {
    const done = await evaluate({
      modelName: 'ev',
      version: 1,
      robustness: true,
      load: { rate: 100, seconds: 1, connections: 2, port: 0 },
    });
    expect(done.status, done.error?.message).toBe('succeeded');
    const result = done.result as { evaluationId: string; passed: boolean; summary: string };
    const report = EvaluationReport.parse(await t.engine.call('evaluate.get', { id: result.evaluationId }));
    expect(report.data.source).toBe('test-split');
    // The seeded 70/15/15 split of 300 rows: 45 test rows, all labeled.
    expect(report.data.rows).toBe(45);
    expect(report.data.droppedRows).toBe(0);
    if (report.metrics.kind !== 'classification') throw new Error('expected classification');
    const m = report.metrics;
    const diagonal = m.confusion.reduce((s, row, i) => s + (row[i] ?? 0), 0);
    const total = m.confusion.flat().reduce((s, x) => s + x, 0);
    expect(total).toBe(45);
    expect(m.accuracy).toBeCloseTo(diagonal / total, 12);
    expect(m.labels).toEqual(['no', 'yes']);
    expect(report.slices.slices.map((s) => s.feature)).toEqual(expect.arrayContaining(['a', 'kind']));
    expect(report.robustness?.sensitivity.map((s) => s.feature).sort()).toEqual(['a', 'b', 'c', 'kind']);
    // The load test ran through HTTP: requests answered, none failed.
    const lat = report.latency?.candidate;
    expect(lat?.requests).toBeGreaterThan(50);
    expect(lat?.errors).toBe(0);
    expect(lat?.histogram.reduce((s, b) => s + b.count, 0)).toBe(lat?.requests);
    expect(report.latency?.production).toBeNull();
    // ...and none of it reached the request log that monitoring reads.
    expect(t.engine.context.db.prepare('SELECT count(*) AS n FROM prediction_requests').get()).toEqual({
      n: 0,
    });
    // The default policy (no worse than production) passes with no production version.
    expect(report.gate).toMatchObject({ passed: true, policySource: 'default', productionVersion: null });
    expect(result.summary).toMatch(
      /^accuracy \d\.\d{3}, ROC-AUC \d\.\d{3}; robustness \d\.\d\d; p99 [\d.]+ ms; gate passed \(1 of 1 checks\)$/,
    );
    expect(t.events).toContainEqual({
      type: 'evaluations.changed',
      modelName: 'ev',
      version: 1,
      id: report.id,
    });

    const summary = await t.engine.call('workspace.summary', {});
    expect(summary.steps.find((x) => x.id === 'evaluate')).toMatchObject({
      state: 'done',
      nextAction: '1 evaluation, 1 passed the gate; promote a passing version in Deploy.',
    });
    // Monitoring reads the evaluated accuracy straight from the stored report.
    expect(new EvaluationsStore(t.engine.context.db).latestMainMetric('ev', 1)).toBe(m.accuracy);
    const latest = await t.engine.call('evaluate.latest', { modelName: 'ev', version: 1 });
    expect(latest?.id).toBe(report.id);
    const lineage = await t.engine.call('models.lineage', { name: 'ev', version: 1 });
    expect(lineage.evaluations).toEqual([
      { id: report.id, passed: true, createdAt: report.createdAt, summary: result.summary },
    ]);
    const card = await t.engine.call('evaluate.modelCard', { id: report.id });
    expect(card.fileName).toMatch(/^ev-v1.*\.html$/);
    expect(card.html).toContain('ev · version 1');
    expect(card.html).toContain(
      `<div class="name">Accuracy</div><div class="val">${String(Number(m.accuracy.toPrecision(4)))}</div>`,
    );
    expect(card.html).not.toMatch(/<script|https?:\/\//);
  }, 180_000);

  it('lets a passing version go to production; blocks one that fails the policy, and a stale verdict', async () => {
    const promoted = await t.engine.call('models.promote', {
      name: 'ev',
      version: 1,
      reason: 'passed its gate',
    });
    expect(promoted.stage).toBe('production');

    // v2 is evaluated without a load test, so its latency check cannot pass.
    const info = await t.engine.call('gate.set', {
      modelName: 'ev',
      policy: {
        checks: [
          { metric: 'latency_p99_ms', max: 5 },
          { metric: 'accuracy', maxDropVsProduction: 0.5 },
        ],
      },
    });
    expect(info.source).toBe('model');
    const done = await evaluate({ modelName: 'ev', version: 2, robustness: false });
    expect(done.status, done.error?.message).toBe('succeeded');
    const report = await t.engine.call('evaluate.latest', { modelName: 'ev', version: 2 });
    if (report?.metrics.kind !== 'classification' || report.production?.metrics.kind !== 'classification')
      throw new Error('expected classification reports');
    expect(report.production.version).toBe(1);
    const [latencyCheck, dropCheck] = report.gate.checks;
    expect(latencyCheck).toMatchObject({
      description: 'latency_p99_ms ≤ 5',
      observed: null,
      threshold: 5,
      passed: false,
    });
    expect(latencyCheck?.note).toMatch(/--load-rate/);
    expect(dropCheck).toMatchObject({ production: report.production.metrics.accuracy, passed: true });
    expect(dropCheck?.threshold).toBeCloseTo(report.production.metrics.accuracy - 0.5, 12);
    expect(report.gate).toMatchObject({ passed: false, productionVersion: 1 });

    const blocked = await failure(t.engine.call('models.promote', { name: 'ev', version: 2, reason: 'try' }));
    expect(blocked.kind).toBe('conflict');
    expect(blocked.message).toContain('ev v2 failed its gate');
    expect(blocked.message).toContain(
      'latency_p99_ms ≤ 5 (observed nothing; not measured: evaluate with a load test',
    );
    // Changing the policy makes every earlier verdict stale.
    await t.engine.call('gate.set', {
      modelName: 'ev',
      policy: { checks: [{ metric: 'accuracy', min: 0.1 }] },
    });
    const stale = await failure(t.engine.call('models.promote', { name: 'ev', version: 2, reason: 'try' }));
    expect(stale.message).toContain('the gate policy of ev changed after ev v2 was evaluated');
    // A person may override, with a reason; it is recorded.
    await t.engine.call('models.promote', {
      name: 'ev',
      version: 2,
      reason: 'hotfix approved by the team lead',
      overrideGate: true,
    });
    const events = (await t.engine.call('models.get', { name: 'ev' })).events;
    expect(events[0]?.reason).toMatch(
      /^\[gate overridden: the gate policy of ev changed .*\] hotfix approved by the team lead$/,
    );
    // Back to v1 for the next tests.
    await t.engine.call('models.rollback', { name: 'ev', reason: 'restore v1' });
  }, 180_000);

  it('refuses policies with unknown metrics or features, listing what exists', async () => {
    const unknown = await failure(
      t.engine.call('gate.set', {
        modelName: 'ev',
        policy: { checks: [{ metric: 'acc', min: 0.8 }] } as never,
      }),
    );
    expect(unknown.kind).toBe('invalid_input');
    expect(unknown.message).toMatch(
      /unknown metric; known metrics: accuracy, balanced_accuracy, .*robustness_score/,
    );
    const slice = await failure(
      t.engine.call('gate.set', {
        modelName: 'ev',
        policy: { checks: [{ slice: 'sex', metric: 'accuracy', min: 0.8 }] },
      }),
    );
    expect(slice.message).toBe(
      'The policy slices by "sex", which ev does not read; its features: a, b, c, kind.',
    );
    const info = await t.engine.call('gate.get', { modelName: 'ev' });
    expect(info.policy).toEqual({ checks: [{ metric: 'accuracy', min: 0.1 }] });
    expect(info.knownMetrics).toContain('latency_p99_ms');
  });

  it('refuses a dataset version that lacks model features, naming them', async () => {
    const other = seedDataset(
      t.engine,
      'other',
      [
        { name: 'a', type: 'float', values: [1, 2, 3] },
        { name: 'label', type: 'categorical', values: ['no', 'yes', 'no'] },
      ],
      { target: 'label', task: 'binary' },
    );
    const err = await failure(
      t.engine.call('evaluate.start', { modelName: 'ev', version: 1, datasetVersionId: other.versionId }),
    );
    expect(err.kind).toBe('invalid_input');
    expect(err.message).toBe(
      "Dataset version 1 lacks 3 features the model reads: b, c, kind. Evaluate on a version that has them (the model's features: a, b, c, kind).",
    );
  });

  it('evaluates on every labeled row of a picked version', async () => {
    const done = await evaluate({
      modelName: 'ev',
      version: 1,
      datasetVersionId: seeded.versionId,
      robustness: false,
    });
    expect(done.status, done.error?.message).toBe('succeeded');
    const report = await t.engine.call('evaluate.latest', { modelName: 'ev', version: 1 });
    expect(report?.data).toMatchObject({ source: 'dataset-version', rows: 300, versionId: seeded.versionId });
  }, 120_000);

  it('fails cleanly when the load-test port is taken, and the next evaluation still works', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const done = await evaluate({
        modelName: 'ev',
        version: 1,
        robustness: false,
        load: { rate: 50, seconds: 1, connections: 1, port },
      });
      expect(done.status).toBe('failed');
      expect(done.error?.message).toContain(`port ${port} on 127.0.0.1 is in use`);
      expect(done.error?.message).toContain('--load-port');
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
    const again = await evaluate({
      modelName: 'ev',
      version: 1,
      robustness: false,
      load: { rate: 50, seconds: 1, connections: 1, port },
    });
    expect(again.status, again.error?.message).toBe('succeeded');
  }, 120_000);

  it('refuses the test split when the split changed after training (it may hold training rows)', async () => {
    const split = await t.engine.call('data.split', {
      versionId: seeded.versionId,
      spec: { method: 'random', train: 0.5, validation: 0.2, test: 0.3, seed: 3 },
    });
    expect((await t.engine.context.runner.settled(split.id)).status).toBe('succeeded');
    const done = await evaluate({ modelName: 'ev', version: 1, robustness: false });
    expect(done.status).toBe('failed');
    expect(done.error?.message).toBe(
      'The split of dataset version 1 changed after this model was trained (150 train rows now, 210 then), so its test part may hold rows the model learned from. Evaluate on a separate labeled version (--dataset), or retrain on the current split.',
    );
  }, 120_000);

  it('refuses an empty test split, saying how to get one', async () => {
    // A version split 80/20/0: the model trains (no test metrics), the evaluation has no rows.
    const noTest = seedDataset(
      t.engine,
      'no-test',
      [
        { name: 'a', type: 'float', values: Array.from({ length: 60 }, (_, i) => i % 7) },
        {
          name: 'label',
          type: 'categorical',
          values: Array.from({ length: 60 }, (_, i) => (i % 2 ? 'y' : 'n')),
        },
      ],
      { target: 'label', task: 'binary' },
    );
    const split = await t.engine.call('data.split', {
      versionId: noTest.versionId,
      spec: { method: 'random', train: 0.8, validation: 0.2, test: 0, seed: 1 },
    });
    expect((await t.engine.context.runner.settled(split.id)).status).toBe('succeeded');
    const { job } = await t.engine.call('train.start', {
      versionId: noTest.versionId,
      modelName: 'no-test',
      params: { epochs: 1, earlyStopping: { enabled: false } },
    });
    expect((await t.engine.context.runner.settled(job.id)).status).toBe('succeeded');
    const done = await evaluate({ modelName: 'no-test', version: 1, robustness: false });
    expect(done.status).toBe('failed');
    expect(done.error?.message).toBe(
      'The test split of dataset version 1 is empty: nothing to evaluate. Save a split with a test part in the Data step, or evaluate on another version (--dataset).',
    );
    expect(await t.engine.call('evaluate.list', { modelName: 'no-test' })).toEqual([]);
  }, 120_000);
});
