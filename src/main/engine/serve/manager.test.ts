import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../ml/artifacts/model-files.js';
import { predictRecords } from '../ml/predict.js';
import { loadTf } from '../ml/tf-loader.js';
import { storedIdLookup } from './runtime/logged-ids.js';
import {
  postJson,
  predictionsOf,
  rowOf,
  type ServingFixture,
  servingFixture,
  waitFor,
} from './runtime/serving-fixture.js';

let f: ServingFixture;
beforeAll(async () => {
  f = await servingFixture();
}, 120_000);
afterAll(async () => {
  await f?.t.cleanup();
});

describe('inference server (engine, worker thread, HTTP)', () => {
  it('starts on 127.0.0.1, is ready, predicts, and logs each prediction', async () => {
    const { engine } = f.t;
    const status = await engine.call('serve.start', { options: { port: 0 } });
    expect(status.error).toBeNull();
    expect(status.running).toBe(true);
    expect(status.host).toBe('127.0.0.1');
    expect(status.warning).toBeNull();
    expect(status.url).toBe(`http://127.0.0.1:${status.port}`);
    expect(status.models).toEqual([{ name: 'blobs', version: 1, stage: 'production', ready: true }]);
    // The same options again: the running server stays (same port).
    expect((await engine.call('serve.start', { options: { port: 0 } })).url).toBe(status.url);
    const ready = await fetch(`${status.url}/v2/health/ready`);
    expect(ready.status).toBe(200);
    const rows = [rowOf(1), rowOf(2), rowOf(3)];
    const r = await postJson(`${status.url}/v1/models/blobs:predict`, { instances: rows });
    expect(r.status).toBe(200);
    const preds = predictionsOf(r);
    expect(preds).toHaveLength(3);
    expect(preds.every((p) => p.model_version === 1 && ['yes', 'no'].includes(p.prediction))).toBe(true);
    const logged = await waitFor(async () => {
      const got = await engine.call('serve.requests', { name: 'blobs', limit: 50 });
      return got.length >= 3 ? got : undefined;
    });
    const byId = new Map(logged.map((l) => [l.predictionId, l]));
    preds.forEach((p, i) => {
      const l = byId.get(p.prediction_id);
      expect(l?.features).toEqual(rows[i]);
      expect(l?.version).toBe(1);
      expect(l?.output).toMatchObject({ prediction: p.prediction });
      expect(l?.latencyMs).toBeGreaterThan(0);
    });
  });
});

/** A metric's value from the Prometheus text (first series whose line starts with `prefix`). */
function metric(text: string, prefix: string): number {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : Number.NaN;
}

/** Open `n` kept-alive connections, so the next `n` concurrent requests are written at once. */
async function warmConnections(url: string, n: number): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, () => fetch(`${url}/v2/health/live`).then((r) => r.arrayBuffer())),
  );
}

describe('dynamic batching over HTTP', () => {
  it('coalesces 32 concurrent requests, each getting its own rows’ predictions', async () => {
    const { engine } = f.t;
    // A longer max wait than the default makes the coalescing certain on a busy test machine.
    const { url } = await engine.call('serve.start', { options: { port: 0, maxWaitMicros: 20_000 } });
    await warmConnections(`${url}`, 32);
    const tf = await loadTf('wasm');
    const model = await loadModel(tf, f.artifactDirs[0] as string);
    const pipeline = JSON.parse(readFileSync(join(f.artifactDirs[0] as string, 'pipeline.json'), 'utf8'));
    const requests = Array.from({ length: 32 }, (_, k) => [rowOf(3 * k), rowOf(3 * k + 1), rowOf(3 * k + 2)]);
    const before = await (await fetch(`${url}/metrics`)).text();
    const replies = await Promise.all(
      requests.map((rows) => postJson(`${url}/v1/models/blobs:predict`, { instances: rows })),
    );
    const after = await (await fetch(`${url}/metrics`)).text();
    const series = '{model="blobs",version="1"}';
    const calls =
      metric(after, `aif_inference_batch_rows_count${series}`) -
      (metric(before, `aif_inference_batch_rows_count${series}`) || 0);
    const rows =
      metric(after, `aif_inference_batch_rows_sum${series}`) -
      (metric(before, `aif_inference_batch_rows_sum${series}`) || 0);
    expect(rows).toBe(96);
    // Fewer predict calls than requests: some calls carried the rows of several requests.
    expect(calls).toBeLessThan(32);
    replies.forEach((r, k) => {
      expect(r.status).toBe(200);
      const expected = predictRecords(tf, model, pipeline, requests[k] as Record<string, unknown>[]);
      predictionsOf(r).forEach((p, i) => {
        expect(p.probabilities.yes).toBeCloseTo(expected.values[2 * i + 1] as number, 5);
      });
    });
    model.dispose();
  });

  it('fails only the request with a bad value, not the others batched with it', async () => {
    const { engine } = f.t;
    const { url } = engine.context.serve.status();
    const bodies = Array.from({ length: 16 }, (_, k) =>
      k === 7 ? [rowOf(1), { ...rowOf(2), a: 'lots' }] : [rowOf(k), rowOf(k + 1)],
    );
    const replies = await Promise.all(
      bodies.map((rows) => postJson(`${url}/v1/models/blobs:predict`, { instances: rows })),
    );
    expect(replies.map((r) => r.status)).toEqual(bodies.map((_, k) => (k === 7 ? 400 : 200)));
    expect(String(replies[7]?.body.error)).toMatch(/1\]?,? (field|feature) "a"/);
    expect(predictionsOf(replies[6] as never)).toHaveLength(2);
  });
});

describe('hot swap', () => {
  it('promotes and rolls back under 32 concurrent clients without a single failed request', async () => {
    const { engine } = f.t;
    const { url } = await engine.call('serve.start', { options: { port: 0 } });
    const statuses = new Map<number, number>();
    const seen: number[] = [];
    let stop = false;
    const deadline = Date.now() + 60_000;
    const client = async (k: number) => {
      for (let i = 0; !stop && Date.now() < deadline; i++) {
        const r = await postJson(`${url}/v1/models/blobs:predict`, {
          instances: [rowOf(k * 1000 + i)],
        }).catch(() => ({ status: -1, body: {} }) as never);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status === 200) seen.push(predictionsOf(r)[0]?.model_version ?? -1);
      }
    };
    const clients = Array.from({ length: 32 }, (_, k) => client(k));
    const servedNow = async (v: number) => {
      const from = seen.length;
      await waitFor(() => (seen.slice(from).filter((x) => x === v).length >= 50 ? true : undefined), 30_000);
    };
    await servedNow(1);
    await engine.call('models.promote', {
      name: 'blobs',
      version: 2,
      reason: 'better (manager test)',
      overrideGate: true,
    });
    await servedNow(2);
    const status = engine.context.serve.status();
    expect(status.models.find((m) => m.stage === 'production')?.version).toBe(2);
    await engine.call('models.rollback', { name: 'blobs', reason: 'worse in practice' });
    await servedNow(1);
    stop = true;
    await Promise.all(clients);
    expect([...statuses.keys()]).toEqual([200]);
    // After the switch back, unversioned requests are answered by v1 only.
    const after = await postJson(`${url}/v1/models/blobs:predict`, { instances: [rowOf(5)] });
    expect(predictionsOf(after)[0]?.model_version).toBe(1);
    // An explicit version path still reaches v2.
    const pinned = await postJson(`${url}/v1/models/blobs/versions/2:predict`, { instances: [rowOf(5)] });
    expect(predictionsOf(pinned)[0]?.model_version).toBe(2);
  });
});

describe('limits, stop and failures', () => {
  it('answers 503 with Retry-After when the batch queue is full', async () => {
    const { engine } = f.t;
    const { url } = await engine.call('serve.start', {
      options: { port: 0, queueLimitRows: 40, maxWaitMicros: 20_000 },
    });
    await warmConnections(`${url}`, 32);
    const replies = await Promise.all(
      Array.from({ length: 32 }, (_, k) =>
        postJson(`${url}/v1/models/blobs:predict`, {
          instances: Array.from({ length: 10 }, (_, i) => rowOf(k + i)),
        }),
      ),
    );
    const busy = replies.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(replies.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(replies.every((r) => r.status === 200 || r.status === 503)).toBe(true);
    expect(busy[0]?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(String(busy[0]?.body.error)).toMatch(/busy/);
  });

  it('drops whole requests beyond the request-log buffer and counts their rows', async () => {
    const { engine } = f.t;
    const { url } = await engine.call('serve.start', { options: { port: 0, logBufferRows: 100 } });
    const small = await postJson(`${url}/v1/models/blobs:predict`, {
      instances: Array.from({ length: 50 }, (_, i) => rowOf(i)),
    });
    const big = await postJson(`${url}/v1/models/blobs:predict`, {
      instances: Array.from({ length: 300 }, (_, i) => rowOf(i)),
    });
    expect([small.status, big.status]).toEqual([200, 200]);
    const totals = await waitFor(() => {
      const t = engine.context.serve.stats().totals;
      return t.logged >= 50 && t.logDropped > 0 ? t : undefined;
    });
    expect(totals).toMatchObject({ logged: 50, logDropped: 300, requests: 2, rows: 350 });
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(metric(text, 'aif_request_log_dropped_total')).toBe(300);
    const stored = storedIdLookup(engine.context.db);
    expect(predictionsOf(small).every((p) => stored(p.prediction_id))).toBe(true);
    expect(predictionsOf(big).some((p) => stored(p.prediction_id))).toBe(false);
  });

  it('stop lets in-flight requests finish and flushes their log rows', async () => {
    const { engine } = f.t;
    const { url } = await engine.call('serve.start', { options: { port: 0, queueLimitRows: 100_000 } });
    const send = (k: number, n: number) =>
      postJson(`${url}/v1/models/blobs:predict`, {
        instances: Array.from({ length: n }, (_, i) => rowOf(k + i)),
      });
    // Open the connections first, so the next requests are written at once on kept-alive sockets.
    await Promise.all(Array.from({ length: 10 }, (_, k) => send(k, 1)));
    let answered = 0;
    const requests = Array.from({ length: 10 }, (_, k) =>
      send(k, 3000).finally(() => {
        answered += 1;
      }),
    );
    const inflight = Promise.allSettled(requests);
    // Once the first answer is back, the others (sent with it) are queued or being predicted.
    await Promise.race(requests);
    await new Promise((r) => setTimeout(r, 20));
    const answeredAtStop = answered;
    const stopped = await engine.call('serve.stop', {});
    expect(answeredAtStop).toBeLessThan(10);
    expect(stopped.running).toBe(false);
    const replies = await inflight;
    expect(replies.map((r) => (r.status === 'fulfilled' ? r.value.status : String(r.reason)))).toEqual(
      replies.map(() => 200),
    );
    const ids = replies.flatMap((r) =>
      r.status === 'fulfilled' ? predictionsOf(r.value).map((p) => p.prediction_id) : [],
    );
    expect(ids).toHaveLength(30_000);
    const stored = storedIdLookup(engine.context.db);
    expect(ids.filter((id) => stored(id))).toHaveLength(30_000);
    await expect(fetch(`${url}/v2/health/live`)).rejects.toThrow();
  });

  it('reports a port in use in the status, and the engine keeps working', async () => {
    const { engine } = f.t;
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const status = await engine.call('serve.start', { options: { port } });
      expect(status.running).toBe(false);
      expect(status.error).toMatch(new RegExp(`port ${port} on 127.0.0.1 is in use`));
      expect((await engine.call('serve.status', {})).error).toBe(status.error);
      expect(f.t.events.some((e) => e.type === 'serve.status' && e.status.error === status.error)).toBe(true);
      expect((await engine.call('models.get', { name: 'blobs' })).production).toBe(1);
      const again = await engine.call('serve.start', { options: { port: 0 } });
      expect(again.running).toBe(true);
      expect(again.error).toBeNull();
    } finally {
      blocker.close();
    }
  });
});
