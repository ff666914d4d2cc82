import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { ServeStats, ServeStatus } from '../../../shared/serve.js';
import { loadModel } from '../ml/artifacts/model-files.js';
import { predictRecords } from '../ml/predict.js';
import { loadTf } from '../ml/tf-loader.js';
import {
  postJson,
  rowOf,
  type ServingFixture,
  servingFixture,
  waitFor,
} from '../serve/runtime/serving-fixture.js';

let f: ServingFixture;
beforeAll(async () => {
  f = await servingFixture();
}, 120_000);
afterAll(async () => {
  await f?.t.cleanup();
});

describe('serve.* commands', () => {
  it('serve.status says stopped before any start, with the contract shape', async () => {
    const status = ServeStatus.parse(await f.t.engine.call('serve.status', {}));
    expect(status).toMatchObject({ running: false, url: null, models: [], error: null });
    expect(ServeStats.parse(await f.t.engine.call('serve.stats', {})).points).toEqual([]);
  });

  it('serve.predict works with the server stopped, through the same runtime, and is logged', async () => {
    const { engine } = f.t;
    const rows = [rowOf(1), rowOf(2), { a: null, b: 1, c: 0, kind: 'never-seen' }];
    const { predictions } = await engine.call('serve.predict', { name: 'blobs', instances: rows });
    const tf = await loadTf('wasm');
    const dir = f.artifactDirs[0] as string;
    const model = await loadModel(tf, dir);
    const expected = predictRecords(
      tf,
      model,
      JSON.parse(readFileSync(join(dir, 'pipeline.json'), 'utf8')),
      rows,
    );
    model.dispose();
    expect(predictions).toHaveLength(3);
    predictions.forEach((p, i) => {
      expect(p).toMatchObject({ model_name: 'blobs', model_version: 1 });
      expect(p.probabilities?.yes).toBeCloseTo(expected.values[2 * i + 1] as number, 5);
      expect(p.prediction).toBe((expected.values[2 * i + 1] as number) > 0.5 ? 'yes' : 'no');
    });
    const v2 = await engine.call('serve.predict', { name: 'blobs', version: 2, instances: [rowOf(1)] });
    expect(v2.predictions[0]?.model_version).toBe(2);
    const logged = await waitFor(async () => {
      const got = await engine.call('serve.requests', { name: 'blobs', limit: 10 });
      return got.length >= 4 ? got : undefined;
    });
    // Newest first: the v2 prediction, then the three v1 rows.
    expect(logged[0]).toMatchObject({
      predictionId: v2.predictions[0]?.prediction_id,
      version: 2,
      label: null,
    });
    expect(new Set(logged.slice(1, 4).map((l) => l.predictionId))).toEqual(
      new Set(predictions.map((p) => p.prediction_id)),
    );
  });

  it('serve.predict names what is wrong: unknown model, unknown version, bad value', async () => {
    const { engine } = f.t;
    const err = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: unknown) => AppError.from(e),
      );
    const unknown = await err(engine.call('serve.predict', { name: 'nope', instances: [rowOf(1)] }));
    expect(unknown?.kind).toBe('not_found');
    expect(unknown?.message).toMatch(/no model named "nope"; models: blobs/);
    const noVersion = await err(
      engine.call('serve.predict', { name: 'blobs', version: 9, instances: [rowOf(1)] }),
    );
    expect(noVersion?.message).toMatch(/no version 9; its versions: 1, 2/);
    const bad = await err(engine.call('serve.predict', { name: 'blobs', instances: [rowOf(1), { a: 'x' }] }));
    expect(bad?.kind).toBe('invalid_input');
    expect(bad?.message).toMatch(/record 1, field "a"/);
  });

  it('serve.requests shows ground truth sent through the feedback endpoint', async () => {
    const { engine } = f.t;
    const { url } = await engine.call('serve.start', { options: { port: 0 } });
    const r = await postJson(`${url}/v1/models/blobs:predict`, { instances: [rowOf(7)] });
    const id = (r.body.predictions as { prediction_id: string }[])[0]?.prediction_id as string;
    const fb = await postJson(`${url}/v1/models/blobs/feedback`, { prediction_id: id, label: 'yes' });
    expect(fb.status).toBeLessThan(300);
    const row = await waitFor(async () => {
      const got = await engine.call('serve.requests', { name: 'blobs', limit: 5 });
      const mine = got.find((l) => l.predictionId === id);
      return mine?.label === 'yes' ? mine : undefined;
    });
    expect(row.features).toEqual(rowOf(7));
    const stats = await waitFor(async () => {
      const s = await engine.call('serve.stats', {});
      return s.totals.requests >= 2 ? s : undefined;
    });
    expect(stats.points.length).toBeGreaterThan(0);
    expect(stats.totals.logged).toBeGreaterThanOrEqual(1);
    expect(f.t.events.some((e) => e.type === 'serve.stats')).toBe(true);
    await engine.call('serve.stop', {});
  });
});
