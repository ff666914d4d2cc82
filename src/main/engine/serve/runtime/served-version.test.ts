import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../shared/errors.js';
import { loadTf, type Tf } from '../../ml/tf-loader.js';
import { ServedVersion, type ServedVersionArgs } from './served-version.js';
import { rowOf, type ServingFixture, servingFixture } from './serving-fixture.js';

let f: ServingFixture;
let tf: Tf;
beforeAll(async () => {
  f = await servingFixture();
  tf = await loadTf('wasm');
}, 120_000);
afterAll(async () => {
  await f?.t.cleanup();
});

function args(over: Partial<ServedVersionArgs> = {}): ServedVersionArgs & { batches: number[] } {
  const batches: number[] = [];
  return {
    tf,
    name: 'blobs',
    version: 1,
    dir: f.artifactDirs[0] as string,
    batching: { maxBatchRows: 1024, maxWaitMicros: 500, queueLimitRows: 20_000 },
    stageOf: () => 'production',
    onBatch: (rows) => batches.push(rows),
    reload: () => Promise.reject(new Error('no reload in this test')),
    batches,
    ...over,
  };
}

describe('ServedVersion (artifacts, warm-up, dynamic batching)', () => {
  it('loads and warms a version, then coalesces concurrent requests into one predict call with per-request results', async () => {
    const a = args();
    const v = await ServedVersion.load(a);
    expect(v.ready).toBe(true);
    expect(a.batches).toEqual([1]); // the warm-up row
    expect(v.labels).toEqual(['no', 'yes']);
    expect(v.inputs.map((i) => i.name)).toEqual(['a', 'b', 'c', 'kind']);
    const requests = Array.from({ length: 20 }, (_, k) =>
      Array.from({ length: 1 + (k % 3) }, (_, i) => rowOf(10 * k + i)),
    );
    const outs = await Promise.all(requests.map((r) => v.predict(r)));
    expect(a.batches.slice(1)).toEqual([requests.reduce((n, r) => n + r.length, 0)]);
    outs.forEach((out, k) => {
      const alone = v.predictUnbatched(requests[k] as Record<string, unknown>[]);
      expect(out.map((o) => o.prediction)).toEqual(alone.map((o) => o.prediction));
      out.forEach((o, i) => {
        expect(o.probabilities?.[1]).toBeCloseTo(alone[i]?.probabilities?.[1] as number, 5);
      });
    });
    await v.retire();
  });

  it('fails only the request with an unreadable value; the others in the same batch succeed', async () => {
    const a = args();
    const v = await ServedVersion.load(a);
    const results = await Promise.allSettled([
      v.predict([rowOf(1)]),
      v.predict([rowOf(2), { ...rowOf(3), c: 'plenty' }]),
      v.predict([rowOf(4), rowOf(5)]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const err = (results[1] as PromiseRejectedResult).reason as AppError;
    expect(err.kind).toBe('invalid_input');
    expect(err.message).toMatch(/record 1, field "c"/);
    expect(a.batches.slice(1)).toEqual([3]);
    await v.retire();
  });

  it('cuts a request larger than maxBatchRows into slices, and refuses rows beyond the queue limit', async () => {
    const a = args({ batching: { maxBatchRows: 8, maxWaitMicros: 0, queueLimitRows: 30 } });
    const v = await ServedVersion.load(a);
    const big = Array.from({ length: 20 }, (_, i) => rowOf(i));
    const [out, refused, small] = await Promise.allSettled([
      v.predict(big),
      v.predict(Array.from({ length: 11 }, (_, i) => rowOf(i))),
      v.predict([rowOf(99)]),
    ]);
    expect(out.status).toBe('fulfilled');
    const alone = v.predictUnbatched(big);
    expect((out as PromiseFulfilledResult<{ prediction: unknown }[]>).value.map((o) => o.prediction)).toEqual(
      alone.map((o) => o.prediction),
    );
    expect(refused.status).toBe('rejected');
    expect(((refused as PromiseRejectedResult).reason as AppError).kind).toBe('unavailable');
    expect(small.status).toBe('fulfilled');
    // 20 + 1 rows in slices of at most 8 (the warm-up row first).
    expect(a.batches).toEqual([1, 8, 8, 5]);
    await v.retire();
  });

  it('is disposed only after its in-flight requests finish', async () => {
    const v = await ServedVersion.load(args());
    const pending = v.predict([rowOf(1), rowOf(2)]);
    const retired = v.retire();
    expect(v.ready).toBe(true); // still serving the request in flight
    const out = await pending;
    expect(out).toHaveLength(2);
    await retired;
    expect(v.ready).toBe(false);
  });
});
