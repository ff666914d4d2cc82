/**
 * End to end: real HTTP predict and feedback calls to a running inference server, written by its
 * log-writer thread; the window and the live metrics read them back from the workspace database.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../db/connection.js';
import {
  postJson,
  predictionsOf,
  rowOf,
  type ServingFixture,
  servingFixture,
  waitFor,
} from '../../serve/runtime/serving-fixture.js';
import { featureSpecsOf } from '../window/feature-spec.js';
import { readWindow } from '../window/read-window.js';
import type { NumberFeatureColumn, TextFeatureColumn } from '../window/window-types.js';
import { joinFeedback } from './feedback-join.js';
import { liveMetrics } from './live-metrics.js';

let f: ServingFixture;
let reader: Db;
beforeAll(async () => {
  f = await servingFixture();
  reader = openDatabase({ path: join(f.t.dir, 'factory.db'), readonly: true });
}, 120_000);
afterAll(async () => {
  reader?.close();
  await f?.t.cleanup();
});

describe('monitoring reads what the inference server logged', () => {
  it('v1 and v2 requests and their feedback become one window with live metrics', async () => {
    const { engine } = f.t;
    const { url } = await engine.call('serve.start', { options: { port: 0 } });
    const v1Rows = [0, 1, 2, 3, 4].map(rowOf);
    const v1 = predictionsOf(await postJson(`${url}/v1/models/blobs:predict`, { instances: v1Rows }));
    const v2Rows = [5, 6, 7].map(rowOf);
    const v2Reply = await postJson(`${url}/v2/models/blobs/infer`, {
      inputs: [
        { name: 'a', shape: [3], datatype: 'FP64', data: [v2Rows[0]?.a, null, v2Rows[2]?.a] },
        { name: 'b', shape: [3], datatype: 'FP64', data: v2Rows.map((r) => r.b) },
        { name: 'c', shape: [3, 1], datatype: 'FP64', data: v2Rows.map((r) => [r.c]) },
        { name: 'kind', shape: [3], datatype: 'BYTES', data: v2Rows.map((r) => r.kind) },
      ],
    });
    expect(v2Reply.status).toBe(200);
    const v2Out = new Map(
      (v2Reply.body.outputs as { name: string; data: (string | number)[] }[]).map((o) => [o.name, o.data]),
    );
    const ids = [...v1.map((p) => p.prediction_id), ...(v2Out.get('prediction_id') as string[])];
    const predicted = [...v1.map((p) => p.prediction), ...(v2Out.get('predict') as string[])];
    // Ground truth for rows 0, 2, 5, 6; row 0 first 'no' then 'yes'.
    const truth: [number, string][] = [
      [0, 'no'],
      [2, 'yes'],
      [5, 'no'],
      [6, 'yes'],
      [0, 'yes'],
    ];
    for (const [i, label] of truth) {
      const r = await postJson(`${url}/v1/models/blobs/feedback`, { prediction_id: ids[i], label });
      expect(r.status).toBe(200);
    }
    const pipeline = JSON.parse(readFileSync(join(f.artifactDirs[0] as string, 'pipeline.json'), 'utf8'));
    const features = featureSpecsOf(pipeline);
    expect(features).toEqual([
      { name: 'a', kind: 'numeric' },
      { name: 'b', kind: 'numeric' },
      { name: 'c', kind: 'numeric' },
      { name: 'kind', kind: 'categorical' },
    ]);
    const window = await waitFor(() => {
      const w = readWindow(reader, { model: 'blobs', lastRows: 100 }, features);
      return w.rows === 8 && joinFeedback(reader, w.predictionIds).superseded === 1 ? w : undefined;
    });
    await engine.call('serve.stop', {});

    expect(window.predictionIds).toEqual(ids);
    expect(window.formats).toEqual([
      { format: 'v1-instances', requests: 1, rows: 5 },
      { format: 'v2-json', requests: 1, rows: 3 },
    ]);
    expect(Array.from(window.versions)).toEqual(new Array(8).fill(1));
    const sent = [...v1Rows, ...v2Rows];
    const col = (name: string) => window.features.find((c) => c.name === name);
    expect(Array.from((col('a') as NumberFeatureColumn).values)).toEqual(
      sent.map((r, i) => (i === 6 ? Number.NaN : r.a)),
    );
    expect((col('a') as NumberFeatureColumn).missing).toBe(1);
    expect(Array.from((col('c') as NumberFeatureColumn).values)).toEqual(sent.map((r) => r.c));
    expect((col('kind') as TextFeatureColumn).values).toEqual(sent.map((r) => r.kind));
    expect(window.predictions.classes).toEqual(['no', 'yes']);
    expect(window.predictions.labels).toEqual(predicted);
    const probabilities = window.predictions.probabilities as Float32Array;
    v1.forEach((p, i) => {
      expect(probabilities[2 * i + 1]).toBeCloseTo(p.probabilities.yes as number, 6);
    });

    const m = liveMetrics(reader, window);
    const latest = new Map(truth.map(([i, label]) => [i, label]));
    const right = [...latest].filter(([i, label]) => predicted[i] === label).length;
    expect(m).toMatchObject({
      task: 'classification',
      rows: 8,
      labeled: 4,
      labeledShare: 0.5,
      superseded: 1,
      unknownIds: 0,
      accuracy: right / 4,
    });
  });
});
