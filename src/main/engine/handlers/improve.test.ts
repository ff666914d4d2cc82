import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyRecord, ProductionLabelQueue } from '../../../shared/improve.js';
import { loopFor } from '../monitor/improve/loop/improvement-loop.js';
import { watchFor } from '../monitor/watch/monitor-watch.js';
import { servingFixture } from '../serve/runtime/serving-fixture.js';
import { failure } from '../test-support/failure.js';
import type { TestEngine } from '../test-support/open-test-engine.js';
import { seedDataset } from '../test-support/seed-dataset.js';

let t: TestEngine;

beforeAll(async () => {
  ({ t } = await servingFixture());
  // The test takes every look of the watch itself.
  await t.engine.call('settings.set', { patch: { 'monitor.watchSeconds': 0, 'monitor.windowRows': 200 } });
  // A regression model too (labels must be numbers): 200 rows, one epoch, in production.
  const n = 200;
  const x = Array.from({ length: n }, (_, i) => (i % 20) / 2);
  const { versionId } = seedDataset(
    t.engine,
    'price',
    [
      { name: 'x', type: 'float', values: x },
      { name: 'y', type: 'float', values: x.map((v) => 3 * v + 1) },
    ],
    { target: 'y', task: 'regression' },
  );
  const { job } = await t.engine.call('train.start', {
    versionId,
    modelName: 'price',
    params: { epochs: 1, earlyStopping: { enabled: false } },
  });
  const done = await t.engine.context.runner.settled(job.id);
  if (done.status !== 'succeeded') throw new Error(`training price failed: ${done.error?.message}`);
}, 300_000);
afterAll(async () => {
  await t?.cleanup();
});

/** Rows like blobs' training data moved far off (a +4 shift and an unseen kind): a drifted window. */
function driftedRows(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const yes = i % 2 === 1;
    const noise = (j: number) => (((i * (31 + j * 6)) % 97) / 97) * 2 - 1;
    return {
      a: (yes ? -1.5 : 1.5) + noise(0) + 4,
      b: (yes ? 1.5 : -1.5) + noise(1),
      c: (yes ? -1.5 : 1.5) + noise(2),
      kind: i % 2 === 0 ? 'zzz' : 'p',
    };
  });
}

async function loggedRows(model: string): Promise<number> {
  return t.engine.context.db
    .prepare('SELECT coalesce(sum(rows), 0) FROM prediction_requests WHERE model_name = ?')
    .pluck()
    .get(model) as number;
}

async function waitLogged(model: string, rows: number): Promise<void> {
  for (let i = 0; i < 200 && (await loggedRows(model)) < rows; i++)
    await new Promise((r) => setTimeout(r, 50));
  expect(await loggedRows(model)).toBe(rows);
}

describe('policy.set / policy.list (engine)', () => {
  it('refuses a policy with no trigger, duplicate names and an unknown model, saying what to fix', async () => {
    const noTrigger = await failure(
      t.engine.call('policy.set', {
        modelName: 'blobs',
        policies: [
          {
            name: 'never',
            triggers: { driftWindows: null, metricDrop: false, newLabels: null, everyHours: null },
          },
        ],
      }),
    );
    expect(noTrigger.kind).toBe('invalid_input');
    expect(noTrigger.message).toContain(
      'a policy needs at least one trigger (driftWindows, metricDrop, newLabels or everyHours)',
    );
    const twice = await failure(
      t.engine.call('policy.set', {
        modelName: 'blobs',
        policies: [{ name: 'drift' }, { name: 'drift', triggers: { everyHours: 24 } }],
      }),
    );
    expect(twice.kind).toBe('invalid_input');
    expect(twice.message).toContain('policy names must be different');
    const unknown = await failure(
      t.engine.call('policy.set', { modelName: 'nope', policies: [{ name: 'drift' }] }),
    );
    expect(unknown.kind).toBe('not_found');
    expect(unknown.message).toBe('No model named "nope"; models: blobs, price.');
    expect(await t.engine.call('policy.list', { modelName: 'blobs' })).toEqual([]);
  });

  it('round-trips the policies with their defaults, in order', async () => {
    const saved = await t.engine.call('policy.set', {
      modelName: 'blobs',
      policies: [
        { name: 'nightly', triggers: { everyHours: 24, driftWindows: null, metricDrop: false } },
        { name: 'drift', triggers: { driftWindows: 2 }, promotion: 'approval', minIntervalMinutes: 0 },
      ],
    });
    const listed = await t.engine.call('policy.list', { modelName: 'blobs' });
    expect(listed).toEqual(saved);
    expect(listed.map((p) => PolicyRecord.parse(p))).toEqual(saved);
    expect(listed.map((p) => p.policy)).toEqual([
      {
        name: 'nightly',
        enabled: true,
        triggers: { driftWindows: null, metricDrop: false, newLabels: null, everyHours: 24 },
        minIntervalMinutes: 60,
        action: 'retrain',
        tuneTrials: 6,
        maxProductionRows: 50_000,
        recencyWeight: 1,
        promotion: 'auto',
        watch: { labeledRows: 200, maxDrop: 0.02 },
      },
      {
        name: 'drift',
        enabled: true,
        triggers: { driftWindows: 2, metricDrop: true, newLabels: null, everyHours: null },
        minIntervalMinutes: 0,
        action: 'retrain',
        tuneTrials: 6,
        maxProductionRows: 50_000,
        recencyWeight: 1,
        promotion: 'approval',
        watch: { labeledRows: 200, maxDrop: 0.02 },
      },
    ]);
    expect(listed.every((p) => p.modelName === 'blobs')).toBe(true);
    expect(t.events.filter((e) => e.type === 'improve.changed' && e.modelName === 'blobs').length).toBe(1);
    // Another model's list is its own.
    expect(await t.engine.call('policy.list', { modelName: 'price' })).toEqual([]);
    const unknown = await failure(t.engine.call('policy.list', { modelName: 'nope' }));
    expect(unknown.kind).toBe('not_found');
  });
});

describe('improve.runNow / improve.decide (engine)', () => {
  it('refuses a model with no production version and a policy the model does not have', async () => {
    const noProd = await failure(t.engine.call('improve.runNow', { modelName: 'price' }));
    expect(noProd.kind).toBe('conflict');
    expect(noProd.message).toBe('price has no production version to improve; promote one first.');
    const noPolicy = await failure(
      t.engine.call('improve.runNow', { modelName: 'blobs', policyName: 'weekly' }),
    );
    expect(noPolicy.kind).toBe('not_found');
    expect(noPolicy.message).toBe('blobs has no policy "weekly"; its policies: nightly, drift.');
  });

  it('refuses to decide on a cycle that is not waiting for approval (running, then ended) or unknown', async () => {
    const cycle = await t.engine.call('improve.runNow', { modelName: 'blobs', policyName: 'drift' });
    expect(cycle).toMatchObject({
      modelName: 'blobs',
      policyName: 'drift',
      status: 'running',
      stage: 'dataset',
      championVersion: 1,
      challengerVersion: null,
      trigger: { kind: 'manual', message: 'started by a person', alertId: null },
    });
    const running = await failure(
      t.engine.call('improve.decide', { cycleId: cycle.id, approve: true, reason: 'looks fine' }),
    );
    expect(running.kind).toBe('conflict');
    expect(running.message).toBe(`Cycle ${cycle.id} is running, not waiting for approval.`);
    // A second cycle while one is under way is refused too.
    const second = await failure(t.engine.call('improve.runNow', { modelName: 'blobs' }));
    expect(second.kind).toBe('conflict');
    expect(second.message).toBe(
      'blobs already has an improvement cycle under way; wait for it or decide on it.',
    );

    // No feedback on blobs' predictions yet: nothing to learn from, so the cycle is skipped.
    const ended = await loopFor(t.engine.context).settle('blobs', 60_000);
    expect(ended).toMatchObject({ id: cycle.id, status: 'skipped', stage: 'done', productionRows: 0 });
    const skipped = await failure(
      t.engine.call('improve.decide', { cycleId: cycle.id, approve: false, reason: 'no' }),
    );
    expect(skipped.kind).toBe('conflict');
    expect(skipped.message).toBe(`Cycle ${cycle.id} is skipped, not waiting for approval.`);
    const unknown = await failure(
      t.engine.call('improve.decide', { cycleId: 'cyc_nope', approve: true, reason: 'x' }),
    );
    expect(unknown.kind).toBe('not_found');
    const kinds = (await t.engine.call('timeline.list', { modelName: 'blobs', cycleId: cycle.id })).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual(['skip', 'trigger']);
    expect((await t.engine.call('improve.cycles', { modelName: 'blobs' })).map((c) => c.id)).toEqual([
      cycle.id,
    ]);
    expect(await t.engine.call('policy.list', { modelName: 'blobs' })).toMatchObject([
      { policy: { name: 'nightly' }, state: { lastRunAt: null } },
      { policy: { name: 'drift' }, state: { lastRunAt: cycle.startedAt, failures: 0, backoffUntil: null } },
    ]);
  });
});

describe('productionLabels (engine)', () => {
  let queue: ProductionLabelQueue;

  it('queues a drifted window’s predictions after a look of the watch', async () => {
    const instances = driftedRows(200);
    for (let i = 0; i < instances.length; i += 50)
      await t.engine.call('serve.predict', { name: 'blobs', instances: instances.slice(i, i + 50) });
    await waitLogged('blobs', 200);
    const watch = watchFor(t.engine.context);
    watch.tick();
    await watch.pending;
    queue = ProductionLabelQueue.parse(
      await t.engine.call('productionLabels.queue', { modelName: 'blobs', limit: 500 }),
    );
    expect(queue.classes).toEqual(['no', 'yes']);
    const drift = queue.items.filter((i) => i.reason === 'drift');
    expect(drift.length).toBe(20);
    expect(queue.pending).toBe(queue.items.length);
    expect(queue.labeled).toBe(0);
    expect(new Set(queue.items.map((i) => i.predictionId)).size).toBe(queue.items.length);
    for (const i of queue.items) {
      expect(i).toMatchObject({ modelName: 'blobs', version: 1, label: null });
      expect(Object.keys(i.features)).toEqual(['a', 'b', 'c', 'kind']);
      expect(['no', 'yes']).toContain(i.predicted);
    }
    // The drift score is the window's drifted-feature share.
    const report = await t.engine.call('monitor.report', { modelName: 'blobs', window: { rows: 200 } });
    expect(report.datasetDrift.drifted).toBe(true);
    expect(drift[0]?.score).toBe(report.datasetDrift.share);
  });

  it('refuses an id not in the queue and a label that is not a class (listing the classes)', async () => {
    const notQueued = await failure(
      t.engine.call('productionLabels.submit', { predictionId: 'abc-1', label: 'yes' }),
    );
    expect(notQueued.kind).toBe('not_found');
    expect(notQueued.message).toBe(
      'Prediction abc-1 is not in the production labeling queue; label queued predictions, or send feedback to the inference port for others.',
    );
    const id = queue.items[0]?.predictionId as string;
    const notAClass = await failure(
      t.engine.call('productionLabels.submit', { predictionId: id, label: 'maybe' }),
    );
    expect(notAClass.kind).toBe('invalid_input');
    expect(notAClass.message).toBe('"maybe" is not a class of blobs; the classes are: no, yes.');
    const aNumber = await failure(t.engine.call('productionLabels.submit', { predictionId: id, label: 1 }));
    expect(aNumber.message).toBe('"1" is not a class of blobs; the classes are: no, yes.');
    const empty = await failure(t.engine.call('productionLabels.submit', { predictionId: id, label: '' }));
    expect(empty.kind).toBe('invalid_input');
    // Nothing was written.
    const fb = t.engine.context.db.prepare('SELECT count(*) FROM prediction_feedback').pluck().get();
    expect(fb).toBe(0);
  });

  it('a valid label counts as feedback: the live metric gets one more labeled prediction', async () => {
    const before = await t.engine.call('monitor.report', { modelName: 'blobs', window: { rows: 200 } });
    expect(before.liveMetrics.labeled).toBe(0);
    const item = queue.items[0];
    const other = item?.predicted === 'yes' ? 'no' : 'yes';
    const out = await t.engine.call('productionLabels.submit', {
      predictionId: item?.predictionId as string,
      label: other,
      annotator: 'ana',
    });
    expect(out).toEqual({
      item: { ...item, label: other },
      pending: queue.pending - 1,
      labeled: 1,
    });
    const after = await t.engine.call('monitor.report', { modelName: 'blobs', window: { rows: 200 } });
    expect(after.liveMetrics).toMatchObject({ labeled: 1, share: 1 / 200, value: 0 });
    const still = await t.engine.call('productionLabels.queue', { modelName: 'blobs', limit: 500 });
    expect(still.items.map((i) => i.predictionId)).not.toContain(item?.predictionId);
    const withLabeled = await t.engine.call('productionLabels.queue', {
      modelName: 'blobs',
      includeLabeled: true,
      limit: 500,
    });
    expect(withLabeled.items.at(-1)).toEqual({ ...item, label: other });
    expect(t.events.some((e) => e.type === 'improve.changed' && e.modelName === 'blobs')).toBe(true);
  });

  it('a regression model takes numbers only (a numeric string is read as its number)', async () => {
    await t.engine.call('models.promote', {
      name: 'price',
      version: 1,
      reason: 'for the labeling test',
      overrideGate: true,
    });
    const { predictions } = await t.engine.call('serve.predict', {
      name: 'price',
      instances: [{ x: 2 }, { x: 4 }],
    });
    await waitLogged('price', 2);
    const [p0, p1] = predictions;
    loopFor(t.engine.context).deps.labels.add(
      [p0, p1].map((p, i) => ({
        predictionId: p?.prediction_id as string,
        modelName: 'price',
        version: 1,
        reason: 'drift' as const,
        score: 0.5,
        at: Date.now(),
        features: { x: i === 0 ? 2 : 4 },
        predicted: Number(p?.prediction),
      })),
    );
    const queued = await t.engine.call('productionLabels.queue', { modelName: 'price' });
    expect(queued.classes).toBeNull();
    expect(queued.pending).toBe(2);
    const word = await failure(
      t.engine.call('productionLabels.submit', { predictionId: p0?.prediction_id as string, label: 'high' }),
    );
    expect(word.kind).toBe('invalid_input');
    expect(word.message).toBe('price predicts a number; the label must be a finite number, got "high".');
    const num = await t.engine.call('productionLabels.submit', {
      predictionId: p0?.prediction_id as string,
      label: 7,
    });
    expect(num.item.label).toBe(7);
    const text = await t.engine.call('productionLabels.submit', {
      predictionId: p1?.prediction_id as string,
      label: '13.5',
    });
    expect(text).toMatchObject({ item: { label: 13.5 }, pending: 0, labeled: 2 });
    const stored = t.engine.context.db
      .prepare('SELECT label FROM prediction_feedback WHERE prediction_id IN (?, ?) ORDER BY rowid')
      .pluck()
      .all(p0?.prediction_id, p1?.prediction_id);
    expect(stored).toEqual(['7', '13.5']);
    const live = await t.engine.call('monitor.report', { modelName: 'price', window: { rows: 10 } });
    expect(live.liveMetrics.name).toBe('mae');
    expect(live.liveMetrics.labeled).toBe(2);
  });
});
