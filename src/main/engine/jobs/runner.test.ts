import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../shared/events.js';
import { LATEST_SCHEMA_VERSION } from '../db/migrate.js';
import { openTestEngine, type TestEngine } from '../test-support/open-test-engine.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

function ofType<T extends EngineEvent['type']>(
  events: EngineEvent[],
  type: T,
): Extract<EngineEvent, { type: T }>[] {
  return events.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);
}

describe('JobRunner', () => {
  it('runs a job in a worker thread, streams progress with ETA and metrics, and commits its output', async () => {
    t = await openTestEngine();
    const job = t.engine.context.runner.submit('test.steps', { steps: 5, stepMs: 120 });
    expect(job.status).toBe('running'); // a free slot: it started at once
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('succeeded');
    expect(done.result).toEqual({ sum: 15 });
    expect(done.progress).toBe(1);
    expect(done.artifactDir).toBe(join('artifacts', 'jobs', job.id));
    expect(readFileSync(join(t.dir, done.artifactDir ?? '', 'output.txt'), 'utf8')).toBe('sum=15');
    expect(readdirSync(join(t.dir, 'artifacts', '.staging'))).toEqual([]);

    const progress = ofType(t.events, 'job.progress').filter((e) => e.jobId === job.id);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
    const mid = progress.find((p) => p.fraction > 0.1 && p.fraction < 1);
    expect(mid?.etaSeconds).toBeGreaterThan(0);

    const metrics = ofType(t.events, 'job.metric').filter((e) => e.jobId === job.id);
    expect(metrics.map((m) => m.values.value)).toEqual([10, 20, 30, 40, 50]);
    const stored = await t.engine.call('jobs.events', { id: job.id });
    expect(stored.filter((e) => e.type === 'metric').map((e) => e.payload.step)).toEqual([1, 2, 3, 4, 5]);
    expect(stored.some((e) => e.type === 'log' && e.payload.message === 'all steps done')).toBe(true);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));

    const statuses = ofType(t.events, 'job.updated')
      .filter((e) => e.job.id === job.id)
      .map((e) => e.job.status);
    expect(statuses).toEqual(['queued', 'running', 'succeeded']);
  });

  it('fails a job whose code throws, with its message, and discards its partial output', async () => {
    t = await openTestEngine();
    const job = t.engine.context.runner.submit('test.throws', {});
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('failed');
    expect(done.error?.message).toContain('column "x" is missing');
    expect(done.artifactDir).toBeNull();
    expect(existsSync(join(t.dir, 'artifacts', 'jobs', job.id))).toBe(false);
    expect(readdirSync(join(t.dir, 'artifacts', '.staging'))).toEqual([]);
    const alerts = ofType(t.events, 'alert');
    expect(alerts.some((a) => a.message.includes('column "x" is missing'))).toBe(true);
    // The engine keeps working.
    const next = await t.engine.context.runner.settled(
      t.engine.context.runner.submit('test.steps', { steps: 1 }).id,
    );
    expect(next.status).toBe('succeeded');
  });

  it('fails a job whose worker exits abruptly, and one whose worker throws outside the job', async () => {
    t = await openTestEngine();
    const exits = await t.engine.context.runner.settled(t.engine.context.runner.submit('test.exits', {}).id);
    expect(exits.status).toBe('failed');
    expect(exits.error?.message).toContain('exit code 3');
    const uncaught = await t.engine.context.runner.settled(
      t.engine.context.runner.submit('test.uncaught', {}).id,
    );
    expect(uncaught.status).toBe('failed');
    expect(uncaught.error?.message).toContain('uncaught in a timer');
  });

  it('fails a job that runs out of memory with advice, and the process survives', async () => {
    t = await openTestEngine({ maxWorkerHeapMb: 48 });
    const oom = await t.engine.context.runner.settled(t.engine.context.runner.submit('test.oom', {}).id);
    expect(oom.status).toBe('failed');
    expect(oom.error?.message).toContain('ran out of memory');
    const info = await t.engine.call('app.info', {});
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });

  it('cancels a cooperative job promptly and removes its partial output', async () => {
    t = await openTestEngine({ cancelGraceMs: 5000 });
    const runner = t.engine.context.runner;
    const job = runner.submit('test.waits', {});
    await waitFor(() => t?.engine.context.jobs.get(job.id)?.progress === 0.5);
    expect(existsSync(join(t.dir, 'artifacts', '.staging', job.id, 'partial.txt'))).toBe(true);
    const asked = Date.now();
    runner.cancel(job.id);
    const done = await runner.settled(job.id);
    const took = Date.now() - asked;
    expect(done.status).toBe('cancelled');
    // It stopped by itself, well before the 5 s grace period would have terminated it.
    expect(took).toBeLessThan(5000);
    const logs = (await t.engine.call('jobs.events', { id: job.id })).filter((e) => e.type === 'log');
    expect(logs.some((l) => String(l.payload.message).includes('terminated'))).toBe(false);
    expect(existsSync(join(t.dir, 'artifacts', '.staging', job.id))).toBe(false);
    expect(existsSync(join(t.dir, 'artifacts', 'jobs', job.id))).toBe(false);
  });

  it('terminates a job that ignores cancel after the grace period', async () => {
    t = await openTestEngine({ cancelGraceMs: 300 });
    const runner = t.engine.context.runner;
    const job = runner.submit('test.busy', {});
    await waitFor(() => t?.engine.context.jobs.get(job.id)?.progress === 0.1);
    runner.cancel(job.id);
    const done = await runner.settled(job.id);
    expect(done.status).toBe('cancelled');
    const logs = (await t.engine.call('jobs.events', { id: job.id })).filter((e) => e.type === 'log');
    expect(logs.some((l) => String(l.payload.message).includes('terminated'))).toBe(true);
    expect(existsSync(join(t.dir, 'artifacts', '.staging', job.id))).toBe(false);
  });

  it('keeps to jobs.maxConcurrent and cancels a queued job without starting it', async () => {
    t = await openTestEngine();
    await t.engine.call('settings.set', { patch: { 'jobs.maxConcurrent': 1 } });
    const runner = t.engine.context.runner;
    const first = runner.submit('test.waits', {});
    const second = runner.submit('test.steps', { steps: 1 });
    expect(runner.activeCount).toBe(1);
    expect(t.engine.context.jobs.get(second.id)?.status).toBe('queued');
    const cancelled = runner.cancel(second.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.startedAt).toBeNull();
    runner.cancel(first.id);
    expect((await runner.settled(first.id)).status).toBe('cancelled');
    expect(() => runner.cancel(first.id)).toThrow(/already finished/);
  });
});

async function waitFor(cond: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
