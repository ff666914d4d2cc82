import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prediction } from '../../../../shared/serve.js';
import { call, errorOf, type ServeFixture, serveFixture } from './test-support/fixture.js';
import { rowOutputs } from './test-support/served-model.js';
import { type RunningApp, startApp } from './test-support/start-app.js';

let fx: ServeFixture;
let s: RunningApp;

const irisRows = [
  { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2 },
  { sepal_length: 6.7, sepal_width: 3.0, petal_length: 5.2, petal_width: 2.3 },
  { sepal_length: 5.9, sepal_width: 3.0, petal_length: 4.2, petal_width: 1.5 },
];
const regRows = [
  { x1: 0.5, x2: -0.2, c: 'a' },
  { x1: -0.9, x2: 0.4, c: 'zzz-unknown' },
  { x1: null, x2: 0.1, c: 'b' },
];

beforeAll(async () => {
  fx = await serveFixture();
  s = await startApp(fx.resolver);
}, 120_000);
afterAll(async () => {
  await s?.close();
});

describe('Open Inference Protocol v2', () => {
  it('GET /v2 gives the server metadata and the health checks answer', async () => {
    const meta = await call(s.url, 'GET', '/v2');
    expect(meta.status).toBe(200);
    expect(meta.body).toEqual({ name: 'ai-factory', version: '9.9.9-test', extensions: [] });
    const live = await call(s.url, 'GET', '/v2/health/live');
    expect([live.status, live.body]).toEqual([200, { live: true }]);
  });

  it('model metadata lists one [-1] input per raw feature and the outputs', async () => {
    const a = await call(s.url, 'GET', '/v2/models/iris');
    expect(a.status).toBe(200);
    const m = a.body as {
      name: string;
      versions: string[];
      platform: string;
      inputs: { name: string; datatype: string; shape: number[] }[];
      outputs: { name: string; datatype: string; shape: number[]; parameters?: { labels?: string } }[];
    };
    expect(m.name).toBe('iris');
    expect(m.versions).toEqual(['1', '2']);
    expect(m.platform).toBe('tfjs');
    expect(m.inputs.map((i) => [i.name, i.datatype, i.shape])).toEqual(
      fx.iris.inputs.map((i) => [i.name, i.datatype, [-1]]),
    );
    expect(m.outputs.map((o) => [o.name, o.datatype, o.shape])).toEqual([
      ['predict', 'BYTES', [-1]],
      ['probabilities', 'FP32', [-1, 3]],
      ['prediction_id', 'BYTES', [-1]],
    ]);
    expect(JSON.parse(m.outputs[1]?.parameters?.labels ?? 'null')).toEqual(fx.iris.labels);
    const reg = await call(s.url, 'GET', '/v2/models/reg/versions/1');
    const r = reg.body as {
      outputs: { name: string; datatype: string }[];
      inputs: { name: string; datatype: string }[];
    };
    expect(r.outputs.map((o) => [o.name, o.datatype])).toEqual([
      ['predict', 'FP32'],
      ['prediction_id', 'BYTES'],
    ]);
    expect(r.inputs.map((i) => [i.name, i.datatype])).toEqual([
      ['x1', 'FP64'],
      ['x2', 'FP64'],
      ['c', 'BYTES'],
    ]);
  });

  it('infer gives the same predictions as predictRecords, flat or nested data', async () => {
    const body = {
      id: 'req-1',
      inputs: fx.iris.inputs.map((i) => ({
        name: i.name,
        shape: [3, 1],
        datatype: 'FP32',
        data: irisRows.map((r) => [r[i.name as keyof (typeof irisRows)[number]]]),
      })),
    };
    const a = await call(s.url, 'POST', '/v2/models/iris/infer', body);
    expect(a.status).toBe(200);
    const res = a.body as {
      model_name: string;
      model_version: string;
      id: string;
      outputs: { name: string; shape: number[]; datatype: string; data: (string | number)[] }[];
    };
    expect([res.model_name, res.model_version, res.id]).toEqual(['iris', '1', 'req-1']);
    const expected = rowOutputs(fx.iris, irisRows);
    const byName = new Map(res.outputs.map((o) => [o.name, o]));
    expect(byName.get('predict')?.data).toEqual(expected.map((e) => e.prediction));
    expect(byName.get('probabilities')?.shape).toEqual([3, 3]);
    const probs = byName.get('probabilities')?.data as number[];
    expected.forEach((e, i) => {
      for (let j = 0; j < 3; j++) expect(probs[i * 3 + j]).toBeCloseTo(e.probabilities?.[j] as number, 6);
    });
    // The model learned iris: setosa, virginica, versicolor.
    expect(byName.get('predict')?.data).toEqual(['Iris-setosa', 'Iris-virginica', 'Iris-versicolor']);
    const ids = byName.get('prediction_id')?.data as string[];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(s.log.has(id)).toBe(true);
    const logged = s.log.rows.find((r) => r.predictionId === ids[1]);
    expect(logged?.features).toEqual(irisRows[1]);
    expect(s.log.requests.at(-1)?.version).toBe(1);
    expect(logged?.output.prediction).toBe('Iris-virginica');
  });

  it('infer on a regression model with a BYTES input, missing values and only the asked outputs', async () => {
    const a = await call(s.url, 'POST', '/v2/models/reg/versions/1/infer', {
      inputs: [
        { name: 'x1', shape: [3], datatype: 'FP64', data: regRows.map((r) => r.x1) },
        { name: 'x2', shape: [3], datatype: 'FP32', data: regRows.map((r) => r.x2) },
        { name: 'c', shape: [3], datatype: 'BYTES', data: regRows.map((r) => r.c) },
      ],
      outputs: [{ name: 'predict' }],
    });
    expect(a.status).toBe(200);
    const res = a.body as { outputs: { name: string; datatype: string; data: number[] }[]; id?: string };
    expect(res.id).toBeUndefined();
    expect(res.outputs.map((o) => [o.name, o.datatype])).toEqual([['predict', 'FP32']]);
    const expected = rowOutputs(fx.reg, [
      { x1: 0.5, x2: -0.2, c: 'a' },
      { x1: -0.9, x2: 0.4, c: 'zzz-unknown' },
      { x2: 0.1, c: 'b' },
    ]);
    res.outputs[0]?.data.forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i]?.prediction as number, 4);
    });
  });

  it('versioned infer uses that version; model ready follows loading', async () => {
    const a = await call(s.url, 'POST', '/v2/models/iris/versions/2/infer', {
      inputs: fx.iris.inputs.map((i) => ({
        name: i.name,
        shape: [1],
        datatype: 'FP64',
        data: [irisRows[0]?.[i.name as 'sepal_length']],
      })),
    });
    expect(a.status).toBe(200);
    expect((a.body as { model_version: string }).model_version).toBe('2');
    const ready = await call(s.url, 'GET', '/v2/models/iris/versions/2/ready');
    expect([ready.status, ready.body]).toEqual([200, { name: 'iris', ready: true }]);
    const notLoaded = await call(s.url, 'GET', '/v2/models/draft/versions/1/ready');
    expect([notLoaded.status, notLoaded.body]).toEqual([400, { name: 'draft', ready: false }]);
    const unknown = await call(s.url, 'GET', '/v2/models/iris/versions/9/ready');
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown)).toContain('no version 9');
  });

  it('server readiness: ready once every production model is loaded', async () => {
    const before = await call(s.url, 'GET', '/v2/health/ready');
    const loadedAll = ['iris@1', 'reg@1'].every((k) => fx.resolver.loaded.has(k));
    expect(before.status).toBe(loadedAll ? 200 : 400);
    await call(s.url, 'GET', '/v2/models/iris');
    await call(s.url, 'GET', '/v2/models/reg');
    const after = await call(s.url, 'GET', '/v2/health/ready');
    expect([after.status, after.body]).toEqual([200, { ready: true }]);
  });
});

/** A request framed as tritonclient frames it: JSON header, then each input's little-endian bytes. */
function binaryInfer(
  inputs: { name: string; datatype: string; values: (number | string)[] }[],
  contentType?: string,
) {
  const parts: Buffer[] = [];
  const header = {
    inputs: inputs.map((i) => {
      let bytes: Buffer;
      if (i.datatype === 'BYTES')
        bytes = Buffer.concat(
          i.values.map((v) => {
            const b = Buffer.from(String(v), 'utf8');
            const len = Buffer.alloc(4);
            len.writeUInt32LE(b.length);
            return Buffer.concat([len, b]);
          }),
        );
      else if (i.datatype === 'FP32') bytes = Buffer.from(Float32Array.from(i.values as number[]).buffer);
      else bytes = Buffer.from(Float64Array.from(i.values as number[]).buffer);
      parts.push(bytes);
      return {
        name: i.name,
        shape: [i.values.length],
        datatype: i.datatype,
        parameters: { binary_data_size: bytes.length },
      };
    }),
    outputs: [{ name: 'predict', parameters: { binary_data: true } }],
  };
  const json = Buffer.from(JSON.stringify(header));
  const headers: Record<string, string> = { 'inference-header-content-length': String(json.length) };
  if (contentType) headers['content-type'] = contentType;
  return { body: Buffer.concat([json, ...parts]), headers };
}

describe('V2 binary tensor data (tritonclient default framing)', () => {
  it('decodes binary FP32 / FP64 / BYTES inputs and answers JSON outputs', async () => {
    for (const ct of [undefined, 'application/octet-stream']) {
      const req = binaryInfer(
        [
          { name: 'x1', datatype: 'FP32', values: [0.5, -0.9] },
          { name: 'x2', datatype: 'FP64', values: [-0.2, 0.4] },
          { name: 'c', datatype: 'BYTES', values: ['a', 'zzz-unknown'] },
        ],
        ct,
      );
      const res = await fetch(`${s.url}/v2/models/reg/infer`, {
        method: 'POST',
        body: req.body,
        headers: req.headers,
      });
      expect(res.status, String(ct)).toBe(200);
      const out = (await res.json()) as { outputs: { name: string; data: number[] }[] };
      const expected = rowOutputs(fx.reg, [
        { x1: Math.fround(0.5), x2: -0.2, c: 'a' },
        { x1: Math.fround(-0.9), x2: 0.4, c: 'zzz-unknown' },
      ]);
      expect(out.outputs.map((o) => o.name)).toEqual(['predict']);
      out.outputs[0]?.data.forEach((v, i) => {
        expect(v).toBeCloseTo(expected[i]?.prediction as number, 4);
      });
    }
  });

  it('refuses bad framing with 400 naming the problem, and binary bodies outside /infer with 415', async () => {
    const good = binaryInfer([{ name: 'x1', datatype: 'FP32', values: [1, 2] }]);
    const extra = await fetch(`${s.url}/v2/models/reg/infer`, {
      method: 'POST',
      body: Buffer.concat([good.body, Buffer.from([1, 2, 3])]),
      headers: good.headers,
    });
    expect(extra.status).toBe(400);
    expect(((await extra.json()) as { error: string }).error).toContain('3 bytes after the binary inputs');
    const short = await fetch(`${s.url}/v2/models/reg/infer`, {
      method: 'POST',
      body: good.body.subarray(0, good.body.length - 2),
      headers: good.headers,
    });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: string }).error).toContain(
      'input "x1": binary_data_size 8 runs past the end',
    );
    const badLength = await fetch(`${s.url}/v2/models/reg/infer`, {
      method: 'POST',
      body: good.body,
      headers: { 'inference-header-content-length': '99999' },
    });
    expect(badLength.status).toBe(400);
    expect(((await badLength.json()) as { error: string }).error).toContain(
      'inference-header-content-length is 99999',
    );
    const v1 = await fetch(`${s.url}/v1/models/reg:predict`, {
      method: 'POST',
      body: good.body,
      headers: good.headers,
    });
    expect(v1.status).toBe(415);
  });
});

describe('TF-Serving-style predict', () => {
  it('row format: predictions with ids, version and class probabilities equal to predictRecords', async () => {
    const a = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: irisRows });
    expect(a.status).toBe(200);
    const preds = (a.body as { predictions: Prediction[] }).predictions;
    const expected = rowOutputs(fx.iris, irisRows);
    expect(preds).toHaveLength(3);
    preds.forEach((p, i) => {
      expect(p.model_name).toBe('iris');
      expect(p.model_version).toBe(1);
      expect(p.prediction).toBe(expected[i]?.prediction);
      expect(Object.keys(p.probabilities ?? {})).toEqual(fx.iris.labels);
      fx.iris.labels?.forEach((label, j) => {
        expect(p.probabilities?.[label]).toBeCloseTo(expected[i]?.probabilities?.[j] as number, 6);
      });
      expect(s.log.has(p.prediction_id)).toBe(true);
    });
  });

  it('columnar format and a versioned path (URL-encoded colon too)', async () => {
    const cols = { x1: regRows.map((r) => r.x1), x2: regRows.map((r) => r.x2), c: regRows.map((r) => r.c) };
    const a = await call(s.url, 'POST', '/v1/models/reg/versions/1:predict', { inputs: cols });
    expect(a.status).toBe(200);
    const preds = (a.body as { predictions: Prediction[] }).predictions;
    const expected = rowOutputs(fx.reg, regRows);
    preds.forEach((p, i) => {
      expect(p.prediction).toBeCloseTo(expected[i]?.prediction as number, 4);
      expect(p.probabilities).toBeUndefined();
    });
    const encoded = await call(s.url, 'POST', '/v1/models/iris%3Apredict', { instances: [irisRows[0]] });
    expect(encoded.status).toBe(200);
    expect((encoded.body as { predictions: Prediction[] }).predictions[0]?.prediction).toBe('Iris-setosa');
  });

  it('GET /v1/models/{name} gives TF-Serving status plus metadata', async () => {
    const a = await call(s.url, 'GET', '/v1/models/iris');
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      model_version_status: [
        { version: '1', state: 'AVAILABLE', status: { error_code: 'OK', error_message: '' } },
      ],
      name: 'iris',
      version: 1,
      stage: 'production',
      task: 'multiclass',
      target: 'class',
      labels: fx.iris.labels,
      inputs: fx.iris.inputs,
    });
    const v2 = await call(s.url, 'GET', '/v1/models/iris/versions/2');
    expect((v2.body as { stage: string; version: number }).stage).toBe('staging');
  });
});

describe('feedback', () => {
  it('records a label for a logged prediction, single and batched', async () => {
    const a = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: irisRows });
    const ids = (a.body as { predictions: Prediction[] }).predictions.map((p) => p.prediction_id);
    const one = await call(s.url, 'POST', '/v1/models/iris/feedback', {
      prediction_id: ids[0],
      label: 'Iris-setosa',
    });
    expect([one.status, one.body]).toEqual([200, { recorded: 1 }]);
    const batch = await call(s.url, 'POST', '/v1/models/iris/feedback', {
      feedback: [
        { prediction_id: ids[1], label: 'Iris-virginica' },
        { prediction_id: ids[2], label: 'Iris-setosa' },
      ],
    });
    expect([batch.status, batch.body]).toEqual([200, { recorded: 2 }]);
    const recorded = s.feedback.rows.slice(-3).map((r) => [r.predictionId, r.label]);
    expect(recorded).toEqual([
      [ids[0], 'Iris-setosa'],
      [ids[1], 'Iris-virginica'],
      [ids[2], 'Iris-setosa'],
    ]);
  });

  it('refuses unknown prediction ids (404 naming them) and labels that are not classes or numbers (400)', async () => {
    const a = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [irisRows[0]] });
    const id = (a.body as { predictions: Prediction[] }).predictions[0]?.prediction_id;
    const before = s.feedback.rows.length;
    const unknown = await call(s.url, 'POST', '/v1/models/iris/feedback', {
      feedback: [
        { prediction_id: id, label: 'Iris-setosa' },
        { prediction_id: 'nope-1', label: 'Iris-setosa' },
      ],
    });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown)).toContain('"nope-1"');
    const badClass = await call(s.url, 'POST', '/v1/models/iris/feedback', {
      prediction_id: id,
      label: 'rose',
    });
    expect(badClass.status).toBe(400);
    expect(errorOf(badClass)).toContain('"rose" is not a class');
    const r = await call(s.url, 'POST', '/v1/models/reg:predict', { instances: [regRows[0]] });
    const rid = (r.body as { predictions: Prediction[] }).predictions[0]?.prediction_id;
    const badValue = await call(s.url, 'POST', '/v1/models/reg/feedback', {
      prediction_id: rid,
      label: 'high',
    });
    expect(badValue.status).toBe(400);
    expect(errorOf(badValue)).toContain('label must be a finite number');
    const good = await call(s.url, 'POST', '/v1/models/reg/feedback', { prediction_id: rid, label: 101.5 });
    expect([good.status, good.body]).toEqual([200, { recorded: 1 }]);
    expect(s.feedback.rows.length).toBe(before + 1);
  });
});
