import { afterEach, describe, expect, it } from 'vitest';
import type { BackendId } from '../../../../shared/backend.js';
import { openTestEngine, type TestEngine } from '../../test-support/open-test-engine.js';
import type { BenchmarkResult } from './backend-benchmark.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe.each<BackendId>(['wasm', 'cpu'])('backend.benchmark job on %s', (backend) => {
  it('multiplies matrices on that backend in a worker and streams GFLOP/s', async () => {
    t = await openTestEngine({ env: { AI_FACTORY_BACKEND: backend, VITEST: '1' } });
    const job = await t.engine.call('jobs.start', {
      kind: 'backend.benchmark',
      params: { seconds: 1.2, size: 64 },
    });
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('succeeded');
    const r = done.result as BenchmarkResult;
    expect(r.backend).toBe(backend);
    expect(r.tfBackend).toBe(backend);
    expect(r.size).toBe(64);
    expect(r.iterations).toBeGreaterThan(0);
    expect(r.seconds).toBeGreaterThanOrEqual(1.2);
    expect(r.gflops).toBeCloseTo((2 * 64 ** 3 * r.iterations) / 1e9 / r.seconds, 6);
    const metrics = t.events.filter((e) => e.type === 'job.metric' && e.jobId === job.id);
    expect(metrics.length).toBeGreaterThanOrEqual(1);
  });
});
