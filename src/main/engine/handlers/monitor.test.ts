import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorReport } from '../../../shared/monitor-report.js';
import type { Prediction } from '../../../shared/serve.js';
import { watchFor } from '../monitor/watch/monitor-watch.js';
import { servingFixture } from '../serve/runtime/serving-fixture.js';
import { failure } from '../test-support/failure.js';
import type { TestEngine } from '../test-support/open-test-engine.js';

let t: TestEngine;
let url = '';

beforeAll(async () => {
  ({ t } = await servingFixture());
  url = (await t.engine.call('serve.start', { options: { port: 0 } })).url ?? '';
}, 300_000);
afterAll(async () => {
  await t?.cleanup();
});

/** Rows like blobs' training data (two clusters at ±1.5 in a, b, c; kind p/q/r), or shifted ones. */
function rows(n: number, start: number, drift: boolean): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, k) => {
    const i = start + k;
    const yes = i % 2 === 1;
    const noise = (j: number) => (((i * (31 + j * 6)) % 97) / 97) * 2 - 1;
    const a = (yes ? -1.5 : 1.5) + noise(0);
    return {
      a: drift ? a + 4 : a,
      b: (yes ? 1.5 : -1.5) + noise(1),
      c: (yes ? -1.5 : 1.5) + noise(2),
      kind: drift && i % 2 === 0 ? 'zzz' : yes ? (i % 3 ? 'p' : 'q') : 'r',
    };
  });
}

async function send(instances: Record<string, unknown>[]): Promise<Prediction[]> {
  const out: Prediction[] = [];
  for (let i = 0; i < instances.length; i += 50) {
    const r = await t.engine.call('serve.predict', { name: 'blobs', instances: instances.slice(i, i + 50) });
    out.push(...r.predictions);
  }
  return out;
}

/** Wait until the request log holds `total` rows of blobs (the writer flushes in batches), then report on the last `windowRows`. */
async function reportWhen(total: number, windowRows: number): Promise<MonitorReport> {
  for (let tries = 0; tries < 100; tries++) {
    const all = await t.engine.call('monitor.report', { modelName: 'blobs', window: { rows: total } });
    if (all.window.rows >= total) {
      return MonitorReport.parse(
        await t.engine.call('monitor.report', { modelName: 'blobs', window: { rows: windowRows } }),
      );
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`the request log never held ${total} rows`);
}

describe('monitoring reports over the request log (engine, real server)', () => {
  it('sees no drift in traffic like training, then drift, unseen categories and the live metric', async () => {
    const before = await t.engine.call('monitor.report', { modelName: 'blobs' });
    expect(before.window.rows).toBe(0);
    expect(before.notes[0]).toMatch(/^No predictions of blobs v1 in this window/);

    await send(rows(200, 0, false));
    const calm = await reportWhen(200, 200);
    expect(calm.reference).toEqual({ rows: 210, source: 'training sample' });
    expect(calm.features.map((f) => [f.feature, f.kind])).toEqual([
      ['a', 'numeric'],
      ['b', 'numeric'],
      ['c', 'numeric'],
      ['kind', 'categorical'],
    ]);
    // A small reference (210 rows): the tests decide (KS, chi-squared) at p < 0.05.
    expect(calm.features.map((f) => f.method)).toEqual(['ks', 'ks', 'ks', 'chi2']);
    expect(calm.features.filter((f) => f.drifted).map((f) => f.feature)).toEqual([]);
    expect(calm.datasetDrift).toMatchObject({ drifted: false, count: 0, total: 4, threshold: 0.5 });
    expect(calm.quality.breaches).toEqual([]);

    const predictions = await send(rows(200, 200, true));
    const drifted = await reportWhen(400, 200);
    expect(drifted.window).toMatchObject({ kind: 'count', requestedRows: 200, rows: 200 });
    const byName = new Map(drifted.features.map((f) => [f.feature, f]));
    expect(byName.get('a')).toMatchObject({ method: 'ks', drifted: true, threshold: 0.05 });
    expect(byName.get('a')?.pValue).toBeLessThan(1e-10);
    expect(byName.get('b')?.drifted).toBe(false);
    expect(byName.get('kind')?.drifted).toBe(true);
    expect(drifted.datasetDrift).toMatchObject({ drifted: true, count: 2, total: 4, share: 0.5 });
    const kindQuality = byName.get('kind')?.quality;
    expect(kindQuality).toMatchObject({
      kind: 'categorical',
      unseen: 100,
      unseenShare: 0.5,
      unseenCategories: ['zzz'],
    });
    // a shifted by +4 leaves training's range ([-2.5, 2.5]); half the kinds are unseen.
    expect(drifted.quality.breaches.map((b) => [b.feature, b.check])).toEqual([
      ['a', 'out_of_range'],
      ['kind', 'unseen_categories'],
    ]);
    expect(drifted.prediction?.kind).toBe('categorical');

    // Feedback for 60 of the drifted predictions: 45 agree with the prediction, 15 do not.
    const feedback = predictions.slice(0, 60).map((p, i) => ({
      prediction_id: p.prediction_id,
      label: i < 45 ? String(p.prediction) : String(p.prediction) === 'yes' ? 'no' : 'yes',
    }));
    const res = await fetch(`${url}/v1/models/blobs/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ feedback }),
    });
    expect(res.status).toBe(200);
    let live = drifted.liveMetrics;
    for (let tries = 0; tries < 100 && live.labeled < 60; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      live = (await t.engine.call('monitor.report', { modelName: 'blobs', window: { rows: 200 } }))
        .liveMetrics;
    }
    expect(live).toMatchObject({
      name: 'accuracy',
      labeled: 60,
      share: 0.3,
      evaluated: null,
      dropped: false,
    });
    expect(live.value).toBeCloseTo(45 / 60, 12);
  }, 120_000);

  it('gives drift over time per window and a feature’s reference vs current distribution', async () => {
    const series = await t.engine.call('monitor.series', { modelName: 'blobs', windowRows: 100, windows: 4 });
    expect(series.windows.map((w) => w.rows)).toEqual([100, 100, 100, 100]);
    const aDrifted = series.windows.map((w) => w.cells.find((c) => c.feature === 'a')?.drifted);
    expect(aDrifted).toEqual([false, false, true, true]);
    expect(series.windows.map((w) => w.labeled)).toEqual([0, 0, 60, 0]);

    const dist = await t.engine.call('monitor.distribution', {
      modelName: 'blobs',
      feature: 'a',
      window: { rows: 200 },
    });
    expect(dist.kind).toBe('numeric');
    expect(dist.referenceRows).toBe(210);
    expect(dist.currentRows).toBe(200);
    const sum = (k: 'reference' | 'current') => dist.bins.reduce((s, b) => s + b[k], 0);
    expect(sum('reference')).toBeCloseTo(1, 12);
    expect(sum('current')).toBeCloseTo(1, 12);
    // Shifted by +4, every current value lies above the reference's top decile cut.
    expect(dist.bins[dist.bins.length - 1]?.current).toBeGreaterThan(0.5);
  });

  it('the watch raises drift and quality alerts with evidence, once per condition', async () => {
    const watch = watchFor(t.engine.context);
    const alertEvents = () => t.events.filter((e) => e.type === 'alert').length;
    const eventsBefore = alertEvents();
    expect(watch.tick()).toBe(2);
    const { alerts, openCount } = await t.engine.call('alerts.list', { modelName: 'blobs', open: true });
    expect(openCount).toBe(2);
    const drift = alerts.find((a) => a.kind === 'drift');
    expect(drift).toMatchObject({
      severity: 'warning',
      title: 'Data drift in blobs v1',
      version: 1,
      count: 1,
    });
    expect(drift?.message).toMatch(
      /^2 of 4 features drifted in the last 400 predictions \(50\.0 % ≥ 50\.0 %\): a, kind\./,
    );
    expect(drift?.evidence.values).toMatchObject({ share: 0.5, threshold: 0.5, drifted: 2 });
    expect(alerts.find((a) => a.kind === 'quality')?.title).toBe('Data quality breach in blobs v1');
    expect(alertEvents()).toBe(eventsBefore + 2);
    const summary = await t.engine.call('workspace.summary', {});
    expect(summary.steps.find((x) => x.id === 'monitor')).toMatchObject({
      state: 'active',
      nextAction: '2 open alerts: look at the evidence in Monitor and acknowledge.',
    });
    // No new traffic: nothing to look at.
    expect(watch.tick()).toBe(0);
    // New traffic, same condition: the open alerts are raised again (counted), not opened twice.
    await send(rows(20, 400, true));
    for (let i = 0; i < 100 && watch.tick() === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const again = await t.engine.call('alerts.list', { modelName: 'blobs', open: true });
    expect(again.openCount).toBe(2);
    expect(again.alerts.find((a) => a.kind === 'drift')?.count).toBe(2);
    expect(alertEvents()).toBe(eventsBefore + 2);
  });

  it('says what is wrong: no production version, an unknown feature, a bad window', async () => {
    await t.engine.call('models.rollback', { name: 'blobs', reason: 'no' }).catch(() => undefined);
    const unknown = await failure(
      t.engine.call('monitor.distribution', { modelName: 'blobs', version: 1, feature: 'zz' }),
    );
    expect(unknown.message).toBe('blobs v1 does not monitor "zz"; its monitored features: a, b, c, kind.');
    const bad = await failure(
      t.engine.call('monitor.report', { modelName: 'blobs', window: { rows: 100, from: 1 } }),
    );
    expect(bad.kind).toBe('invalid_input');
    expect(bad.message).toMatch(/either rows .* or from\/to/);
    await t.engine.call('models.promote', {
      name: 'blobs',
      version: 1,
      stage: 'archived',
      reason: 'retire it',
    });
    const none = await failure(t.engine.call('monitor.report', { modelName: 'blobs' }));
    expect(none.message).toBe(
      'blobs has no production version to monitor; promote one in Deploy, or name a version (--version N).',
    );
  });
});
