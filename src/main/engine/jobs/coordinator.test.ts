import { afterEach, describe, expect, it } from 'vitest';
import { openTestEngine, type TestEngine } from '../test-support/open-test-engine.js';
import type { Coordinator } from './runner.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** Runs two child jobs (test.steps) one after another and sums their results. */
const sumOfTwo: Coordinator = async (c) => {
  let total = 0;
  for (let i = 0; i < 2; i++) {
    c.progress(i / 2, `child ${i + 1}`);
    const child = c.submit('test.steps', { steps: 2 + i, stepMs: 20 });
    const done = await c.settled(child.id);
    if (done.status !== 'succeeded') throw new Error(`child ${done.status}`);
    total += (done.result as { sum: number }).sum;
    c.metric(i + 1, { total });
  }
  return { total };
};

/** Starts a child that waits until cancelled, then waits itself. */
const waitsForever: Coordinator = async (c) => {
  const child = c.submit('test.waits', {});
  await c.settled(child.id);
  return null;
};

describe('coordinator jobs', () => {
  it('run in the main thread, take no worker slot, and orchestrate child jobs', async () => {
    t = await openTestEngine({ extraCoordinators: { 'test.sum': sumOfTwo } });
    await t.engine.call('settings.set', { patch: { 'jobs.maxConcurrent': 1 } });
    const job = t.engine.context.runner.submit('test.sum', {});
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('succeeded');
    // steps 2 → 1+2 = 3, steps 3 → 6
    expect(done.result).toEqual({ total: 9 });
    const events = await t.engine.call('jobs.events', { id: job.id });
    expect(
      events.filter((e) => e.type === 'metric').map((e) => (e.payload.values as { total: number }).total),
    ).toEqual([3, 9]);
    const kinds = (await t.engine.call('jobs.list', {})).map((j) => [j.kind, j.status]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['test.sum', 'succeeded'],
        ['test.steps', 'succeeded'],
      ]),
    );
  });

  it('cancelling a coordinator cancels its running children', async () => {
    t = await openTestEngine({
      extraCoordinators: { 'test.waitsForever': waitsForever },
      cancelGraceMs: 5000,
    });
    const job = t.engine.context.runner.submit('test.waitsForever', {});
    let child: string | undefined;
    for (let i = 0; i < 300 && !child; i++) {
      await new Promise((r) => setTimeout(r, 20));
      child = (await t.engine.call('jobs.list', {})).find(
        (j) => j.kind === 'test.waits' && j.progress === 0.5,
      )?.id;
    }
    expect(child).toBeDefined();
    t.engine.context.runner.cancel(job.id);
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('cancelled');
    expect((await t.engine.call('jobs.get', { id: child as string })).status).toBe('cancelled');
  });
});
