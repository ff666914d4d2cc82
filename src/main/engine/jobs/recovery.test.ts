import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEngine } from '../engine.js';
import { tempDir } from '../test-support/temp-workspace.js';
import { packageInfo } from '../util/package-root.js';

const root = packageInfo().dir;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function spawnChild(workspace: string): Promise<{ child: ChildProcess; jobId: string }> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/run-ts.mjs'), join(root, 'src/main/engine/test-support/job-child.ts'), workspace],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  cleanups.push(() => {
    child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, jobId: (JSON.parse(line) as { jobId: string }).jobId });
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before its job ran: ${err}`)));
  });
}

describe('recovery after the process is killed', () => {
  it('SIGKILL while a job runs: the database opens cleanly, the job is interrupted, partial output is gone', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { child, jobId } = await spawnChild(t.dir);
    expect(existsSync(join(t.dir, 'artifacts', '.staging', jobId, 'partial.txt'))).toBe(true);
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;

    const engine = await openEngine({ shell: 'test', workspace: t.dir, env: { AI_FACTORY_BACKEND: 'cpu' } });
    cleanups.push(() => engine.close());
    const job = await engine.call('jobs.get', { id: jobId });
    expect(job.status).toBe('interrupted');
    expect(job.message).toMatch(/start it again/);
    expect(job.artifactDir).toBeNull();
    expect(readdirSync(join(t.dir, 'artifacts', '.staging'))).toEqual([]);
    expect(existsSync(join(t.dir, 'artifacts', 'jobs', jobId))).toBe(false);
    const events = await engine.call('jobs.events', { id: jobId });
    expect(events.at(-1)?.payload).toEqual({ status: 'interrupted' });

    // The workspace check agrees the database is sound.
    const check = await engine.call('jobs.start', {
      kind: 'workspace.check',
      params: { hashArtifacts: true },
    });
    const done = await engine.context.runner.settled(check.id);
    expect(done.status).toBe('succeeded');
    expect((done.result as { database: { integrity: string[] } }).database.integrity).toEqual(['ok']);
  });

  it('leaves alone a job whose owner process is still alive, and recovers it once that process is gone', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const first = await openEngine({ shell: 'test', workspace: t.dir, env: {} });
    const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    cleanups.push(() => {
      sleeper.kill('SIGKILL');
    });
    first.context.jobs.create('job_other', 'workspace.check', {}, `${hostname()}:${sleeper.pid}`);
    first.context.jobs.markRunning('job_other', `${hostname()}:${sleeper.pid}`);
    await first.close();

    const second = await openEngine({ shell: 'test', workspace: t.dir, env: {} });
    expect((await second.call('jobs.get', { id: 'job_other' })).status).toBe('running');
    await expect(second.call('jobs.cancel', { id: 'job_other' })).rejects.toMatchObject({ kind: 'conflict' });
    await second.close();

    const gone = new Promise((r) => sleeper.on('exit', r));
    sleeper.kill('SIGKILL');
    await gone;
    const third = await openEngine({ shell: 'test', workspace: t.dir, env: {} });
    expect((await third.call('jobs.get', { id: 'job_other' })).status).toBe('interrupted');
    await third.close();
  });
});
