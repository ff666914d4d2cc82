/**
 * The request log keeps one entry per predict request (the body as received, the outputs as one
 * float32 array, the id block); these check that every body format, written to a real SQLite
 * table and read back, expands into the rows that were sent and the outputs that were answered.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prediction } from '../../../../shared/serve.js';
import { openDatabase } from '../../db/connection.js';
import { tempDir } from '../../test-support/temp-workspace.js';
import {
  type ExpandedRow,
  expandRequest,
  fromStored,
  type StoredRequestRow,
} from '../runtime/expand-logged.js';
import { SqliteLogSink } from '../runtime/log-sink.js';
import type { LoggedRequest } from '../types.js';
import { call, type ServeFixture, serveFixture } from './test-support/fixture.js';
import { type RunningApp, startApp } from './test-support/start-app.js';

let fx: ServeFixture;
let s: RunningApp;
const dirs: (() => void)[] = [];

beforeAll(async () => {
  fx = await serveFixture();
  s = await startApp(fx.resolver);
}, 120_000);
afterAll(async () => {
  await s?.close();
  for (const d of dirs) d();
});

/** The request as stored in a fresh prediction_requests table and read back. */
function roundTrip(r: LoggedRequest): LoggedRequest[] {
  const { dir, cleanup } = tempDir();
  dirs.push(cleanup);
  const db = openDatabase({ path: join(dir, 'factory.db') });
  try {
    new SqliteLogSink(db).writeLog([r]);
    const stored = db.prepare('SELECT * FROM prediction_requests').all() as StoredRequestRow[];
    return stored.map(fromStored);
  } finally {
    db.close();
  }
}

/** The one entry the last request logged, stored and read back, expanded. */
function lastLogged(rows: number): { entry: LoggedRequest; expanded: ExpandedRow[] } {
  const logged = s.log.requests.at(-1) as LoggedRequest;
  expect(logged.rows).toBe(rows);
  const stored = roundTrip(logged);
  expect(stored).toHaveLength(1);
  const entry = stored[0] as LoggedRequest;
  return { entry, expanded: expandRequest(entry) };
}

function irisRows(n: number): Record<string, number>[] {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.round((seed / 2147483648) * 60) / 10;
  };
  return Array.from({ length: n }, () => ({
    sepal_length: 4 + rnd() / 2,
    sepal_width: 2 + rnd() / 3,
    petal_length: 1 + rnd(),
    petal_width: rnd() / 2.4,
  }));
}

const probsOf = (p: Prediction, labels: string[]) => labels.map((l) => p.probabilities?.[l]);

describe('request log: one entry per request, every format expands back to rows', () => {
  it('a 1,000-row v1 instances request is one entry that expands to the rows sent and the outputs answered', async () => {
    const rows = irisRows(1000);
    const before = s.log.requests.length;
    const a = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: rows });
    expect(a.status).toBe(200);
    expect(s.log.requests.length).toBe(before + 1);
    const predictions = (a.body as { predictions: Prediction[] }).predictions;
    const { entry, expanded } = lastLogged(1000);
    expect(entry.format).toBe('v1-instances');
    expect([entry.modelName, entry.version]).toEqual(['iris', 1]);
    expect(entry.outputs.length).toBe(1000 * 3);
    expect(expanded).toHaveLength(1000);
    const labels = fx.iris.labels as string[];
    expanded.forEach((r, i) => {
      const p = predictions[i] as Prediction;
      expect(r.predictionId).toBe(p.prediction_id);
      expect(r.features).toEqual(rows[i]);
      expect(r.output.prediction).toBe(p.prediction);
      expect(r.output.probabilities).toEqual(probsOf(p, labels));
    });
    // The ids of one request are one contiguous block.
    expect(new Set(predictions.map((p) => p.prediction_id)).size).toBe(1000);
    expect(s.log.has(predictions[999]?.prediction_id as string)).toBe(true);
  });

  it('v1 inputs (columns) round-trip', async () => {
    const rows = irisRows(5);
    const inputs = Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, rows.map((r) => r[k])]));
    const a = await call(s.url, 'POST', '/v1/models/iris/versions/2:predict', { inputs });
    expect(a.status).toBe(200);
    const predictions = (a.body as { predictions: Prediction[] }).predictions;
    const { entry, expanded } = lastLogged(5);
    expect([entry.format, entry.version]).toEqual(['v1-inputs', 2]);
    expect(expanded.map((r) => r.features)).toEqual(rows);
    expect(expanded.map((r) => r.predictionId)).toEqual(predictions.map((p) => p.prediction_id));
    expect(expanded.map((r) => r.output.prediction)).toEqual(predictions.map((p) => p.prediction));
  });

  it('v2 JSON round-trips (nested [N, 1] data; nulls left out as when served; regression values)', async () => {
    const a = await call(s.url, 'POST', '/v2/models/reg/infer', {
      inputs: [
        { name: 'x1', shape: [3, 1], datatype: 'FP64', data: [[0.5], [null], [-0.9]] },
        { name: 'x2', shape: [3], datatype: 'FP32', data: [-0.2, 0.1, 0.4] },
        { name: 'c', shape: [3], datatype: 'BYTES', data: ['a', 'b', 'zzz'] },
      ],
    });
    expect(a.status).toBe(200);
    const outputs = (a.body as { outputs: { name: string; data: (number | string)[] }[] }).outputs;
    const byName = new Map(outputs.map((o) => [o.name, o.data]));
    const { entry, expanded } = lastLogged(3);
    expect([entry.format, entry.labels]).toEqual(['v2-json', null]);
    expect(expanded.map((r) => r.features)).toEqual([
      { x1: 0.5, x2: -0.2, c: 'a' },
      { x2: 0.1, c: 'b' },
      { x1: -0.9, x2: 0.4, c: 'zzz' },
    ]);
    expect(expanded.map((r) => r.output.prediction)).toEqual(byName.get('predict'));
    expect(expanded.map((r) => r.output.probabilities)).toEqual([undefined, undefined, undefined]);
    expect(expanded.map((r) => r.predictionId)).toEqual(byName.get('prediction_id'));
  });

  it('v2 binary tensor requests round-trip (bytes kept as received, decoded when read)', async () => {
    const x1 = Float32Array.from([0.5, -0.9]);
    const x2 = Float64Array.from([-0.2, 0.4]);
    const c = Buffer.concat(
      ['a', 'zzz'].map((v) => {
        const b = Buffer.from(v, 'utf8');
        const len = Buffer.alloc(4);
        len.writeUInt32LE(b.length);
        return Buffer.concat([len, b]);
      }),
    );
    const parts = [Buffer.from(x1.buffer), Buffer.from(x2.buffer), c];
    const header = {
      inputs: [
        { name: 'x1', shape: [2], datatype: 'FP32', parameters: { binary_data_size: parts[0]?.length } },
        { name: 'x2', shape: [2], datatype: 'FP64', parameters: { binary_data_size: parts[1]?.length } },
        { name: 'c', shape: [2], datatype: 'BYTES', parameters: { binary_data_size: parts[2]?.length } },
      ],
    };
    const json = Buffer.from(JSON.stringify(header));
    const body = Buffer.concat([json, ...parts]);
    const res = await fetch(`${s.url}/v2/models/reg/infer`, {
      method: 'POST',
      body,
      headers: {
        'inference-header-content-length': String(json.length),
        'content-type': 'application/octet-stream',
      },
    });
    expect(res.status).toBe(200);
    const out = (await res.json()) as { outputs: { name: string; data: (number | string)[] }[] };
    const byName = new Map(out.outputs.map((o) => [o.name, o.data]));
    const { entry, expanded } = lastLogged(2);
    expect([entry.format, entry.jsonLength]).toEqual(['v2-binary', json.length]);
    expect(Buffer.from(entry.body as Uint8Array).equals(body)).toBe(true);
    expect(expanded.map((r) => r.features)).toEqual([
      { x1: Math.fround(0.5), x2: -0.2, c: 'a' },
      { x1: Math.fround(-0.9), x2: 0.4, c: 'zzz' },
    ]);
    expect(expanded.map((r) => r.output.prediction)).toEqual(byName.get('predict'));
    expect(expanded.map((r) => r.predictionId)).toEqual(byName.get('prediction_id'));
  });

  it('refused requests are not logged', async () => {
    const before = s.log.requests.length;
    const a = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [{ sepal_length: 'x' }] });
    expect(a.status).toBe(400);
    expect(s.log.requests.length).toBe(before);
  });
});
