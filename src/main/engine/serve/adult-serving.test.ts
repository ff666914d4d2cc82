/**
 * The "done when" for serving, on the real Adult census data: a model trained through the
 * engine (few epochs), promoted and served on 127.0.0.1; a V2 (Open Inference Protocol) request
 * built only from the model's metadata, as a generic KServe client builds it, and a
 * TF-Serving-style request for the same rows of adult_test.csv get the predictions serve.predict
 * and predictRecords give; a promote and a rollback under 32 concurrent clients fail no request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeaturePipeline } from '../../../shared/data.js';
import { ImportResult } from '../../../shared/data-jobs.js';
import type { Prediction } from '../../../shared/serve.js';
import { type Engine, openEngine } from '../engine.js';
import { loadModel } from '../ml/artifacts/model-files.js';
import { predictRecords } from '../ml/predict.js';
import { loadTf } from '../ml/tf-loader.js';
import { datasetPath } from '../test-support/datasets.js';
import { tempDir } from '../test-support/temp-workspace.js';

const ROWS = 20;
let engine: Engine;
let ws: { dir: string; cleanup: () => void };
let url = '';

interface V2Metadata {
  name: string;
  versions?: string[];
  platform: string;
  inputs: { name: string; datatype: string; shape: number[] }[];
  outputs: { name: string; datatype: string; shape: number[] }[];
}
interface V2Response {
  model_name: string;
  model_version: string;
  outputs: { name: string; datatype: string; shape: number[]; data: (string | number)[] }[];
}

async function settled(jobId: string): Promise<unknown> {
  const done = await engine.context.runner.settled(jobId);
  if (done.status !== 'succeeded') throw new Error(`${done.kind} ${done.status}: ${done.error?.message}`);
  return done.result;
}

/** The first rows of the Adult test file as strings by column (the file has no quoted fields), and the labels. */
function testRows(n: number): { raw: Record<string, string>[]; labels: string[] } {
  const [header, ...lines] = readFileSync(datasetPath('adult_test.csv'), 'utf8').trim().split('\n');
  const names = (header ?? '').split(',');
  const raw = lines.slice(0, n).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
  return { raw, labels: raw.map((r) => r.income ?? '') };
}

const post = async (path: string, body: unknown) => {
  const r = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as unknown };
};

beforeAll(async () => {
  ws = tempDir('aif-adult-serve-');
  engine = await openEngine({ shell: 'test', workspace: ws.dir, env: { AI_FACTORY_BACKEND: 'wasm' } });
  const imported = ImportResult.parse(
    await settled(
      (await engine.call('data.import', { path: datasetPath('adult_train.csv'), target: 'income' })).id,
    ),
  );
  for (const seed of [1, 2]) {
    const { job } = await engine.call('train.start', {
      versionId: imported.versionId,
      modelName: 'adult',
      params: { epochs: 3, seed, earlyStopping: { enabled: false } },
    });
    await settled(job.id);
  }
  await engine.call('models.promote', {
    name: 'adult',
    version: 1,
    reason: 'serving test, not evaluated',
    overrideGate: true,
  });
  const status = await engine.call('serve.start', { options: { port: 0 } });
  url = status.url ?? '';
}, 300_000);
afterAll(async () => {
  await engine?.call('serve.stop', {}).catch(() => undefined);
  await engine?.close();
  ws.cleanup();
});

describe('serving the Adult model over HTTP', () => {
  it('a V2 request built from the metadata alone and a TF-Serving request get the engine’s predictions', async () => {
    const { raw, labels } = testRows(ROWS);
    const meta = (await (await fetch(`${url}/v2/models/adult`)).json()) as V2Metadata;
    expect(meta.name).toBe('adult');
    const features = Object.keys(raw[0] ?? {}).filter((c) => c !== 'income');
    expect(meta.inputs.map((i) => i.name).sort()).toEqual([...features].sort());
    expect(meta.inputs.find((i) => i.name === 'age')?.datatype).toMatch(/^(INT64|FP32|FP64)$/);
    expect(meta.inputs.find((i) => i.name === 'workclass')?.datatype).toBe('BYTES');

    // A generic client: one tensor per metadata input, values typed by its datatype.
    const numeric = (datatype: string) => datatype !== 'BYTES' && datatype !== 'BOOL';
    const typed = (datatype: string, v: string): string | number => (numeric(datatype) ? Number(v) : v);
    const v2 = await post('/v2/models/adult/infer', {
      inputs: meta.inputs.map((input) => ({
        name: input.name,
        shape: [ROWS],
        datatype: input.datatype,
        data: raw.map((r) => typed(input.datatype, r[input.name] ?? '')),
      })),
    });
    expect(v2.status).toBe(200);
    const v2Body = v2.body as V2Response;
    expect(v2Body).toMatchObject({ model_name: 'adult', model_version: '1' });
    const byName = new Map(v2Body.outputs.map((o) => [o.name, o]));
    const v2Labels = byName.get('predict')?.data ?? [];
    const v2Probs = byName.get('probabilities');
    expect(v2Labels).toHaveLength(ROWS);
    expect(v2Probs?.shape).toEqual([ROWS, 2]);

    // The same rows as JSON records (numbers as numbers), TF-Serving style.
    const instances = raw.map((r) => {
      const out: Record<string, unknown> = {};
      for (const input of meta.inputs) out[input.name] = typed(input.datatype, r[input.name] ?? '');
      return out;
    });
    const v1 = await post('/v1/models/adult:predict', { instances });
    expect(v1.status).toBe(200);
    const v1Preds = (v1.body as { predictions: Prediction[] }).predictions;
    expect(v1Preds).toHaveLength(ROWS);

    const engineSide = (await engine.call('serve.predict', { name: 'adult', instances })).predictions;
    const detail = await engine.call('models.get', { name: 'adult' });
    const dir = join(ws.dir, detail.versions.find((v) => v.version === 1)?.artifactDir ?? 'missing');
    const tf = await loadTf('wasm');
    const model = await loadModel(tf, dir);
    const pipeline = FeaturePipeline.parse(JSON.parse(readFileSync(join(dir, 'pipeline.json'), 'utf8')));
    const classes = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as string[];
    const direct = predictRecords(tf, model, pipeline, instances);
    model.dispose();
    expect(direct.width).toBe(2);

    for (let i = 0; i < ROWS; i++) {
      const p0 = direct.values[2 * i] as number;
      const p1 = direct.values[2 * i + 1] as number;
      const label = classes[p1 > p0 ? 1 : 0];
      const v1p = v1Preds[i] as Prediction;
      expect(v1p.prediction).toBe(label);
      expect(v1p.model_version).toBe(1);
      expect(v2Labels[i]).toBe(label);
      expect(engineSide[i]?.prediction).toBe(label);
      for (const [k, p] of [
        [0, p0],
        [1, p1],
      ] as const) {
        const cls = classes[k] as string;
        expect(v1p.probabilities?.[cls]).toBeCloseTo(p, 5);
        expect(engineSide[i]?.probabilities?.[cls]).toBeCloseTo(p, 5);
        expect(Number(v2Probs?.data[2 * i + k])).toBeCloseTo(p, 5);
      }
    }
    const right = v1Preds.filter((p, i) => p.prediction === labels[i]).length;
    console.log(`Adult served: ${right}/${ROWS} of the first test rows right`);
    expect(right / ROWS).toBeGreaterThanOrEqual(0.75);
  }, 120_000);

  it('promote v2 and roll back while 32 clients send requests: no request fails, the served version switches', async () => {
    const { raw } = testRows(32);
    const meta = (await (await fetch(`${url}/v2/models/adult`)).json()) as V2Metadata;
    const rows = raw.map((r) =>
      Object.fromEntries(
        meta.inputs.map((i) => [i.name, i.datatype === 'BYTES' ? r[i.name] : Number(r[i.name])]),
      ),
    );
    const seen: { version: number; at: number }[] = [];
    const failures: string[] = [];
    let stop = false;
    const client = async (k: number) => {
      while (!stop) {
        try {
          const r = await post('/v1/models/adult:predict', { instances: [rows[k]] });
          if (r.status !== 200) failures.push(`${r.status} ${JSON.stringify(r.body)}`);
          else
            seen.push({
              version: (r.body as { predictions: Prediction[] }).predictions[0]?.model_version ?? 0,
              at: Date.now(),
            });
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    };
    const until = async (pred: () => boolean, what: string) => {
      const start = Date.now();
      while (!pred()) {
        if (Date.now() - start > 60_000) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const clients = Array.from({ length: 32 }, (_, k) => client(k));
    await until(() => seen.length >= 200, '200 answers');
    await engine.call('models.promote', {
      name: 'adult',
      version: 2,
      reason: 'swap under load',
      overrideGate: true,
    });
    const promotedAt = Date.now();
    await until(() => seen.some((s) => s.version === 2 && s.at >= promotedAt), 'version 2 to serve');
    const countAfterPromote = seen.length;
    await until(() => seen.length >= countAfterPromote + 200, '200 more answers');
    const rolled = await engine.call('models.rollback', { name: 'adult', reason: 'rollback under load' });
    expect(rolled).toMatchObject({ modelName: 'adult', from: 2, to: 1 });
    const rolledAt = Date.now();
    await until(
      () => seen.filter((s) => s.at >= rolledAt && s.version === 1).length >= 200,
      'version 1 to serve again',
    );
    stop = true;
    await Promise.all(clients);
    expect(failures).toEqual([]);
    expect(seen.filter((s) => s.version === 2).length).toBeGreaterThan(0);
    // Once version 1 is back, it alone answers.
    const back = seen.findIndex((s) => s.at >= rolledAt && s.version === 1);
    expect(new Set(seen.slice(back + 64).map((s) => s.version))).toEqual(new Set([1]));
    const status = await engine.call('serve.status', {});
    expect(
      status.models.filter((m) => m.name === 'adult' && m.stage === 'production').map((m) => m.version),
    ).toEqual([1]);
  }, 180_000);
});
