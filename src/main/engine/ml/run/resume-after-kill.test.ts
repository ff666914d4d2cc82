import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEngine } from '../../engine.js';
import { tempDir } from '../../test-support/temp-workspace.js';
import { packageInfo } from '../../util/package-root.js';

const root = packageInfo().dir;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function startChild(workspace: string): Promise<{ child: ChildProcess; runId: string }> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/run-ts.mjs'), join(root, 'src/main/engine/test-support/train-child.ts'), workspace],
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
      if (line) resolve({ child, runId: (JSON.parse(line) as { runId: string }).runId });
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before training: ${err}`)));
  });
}

describe('a training run killed with SIGKILL', () => {
  it('is interrupted on restart and resumes from its last checkpointed epoch', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { child, runId } = await startChild(t.dir);
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;

    const engine = await openEngine({ shell: 'test', workspace: t.dir, env: { AI_FACTORY_BACKEND: 'wasm' } });
    cleanups.push(() => engine.close());
    const killed = await engine.call('runs.get', { runId });
    expect(killed.status).toBe('interrupted');
    const before = killed.epochsDone;
    expect(before).toBeGreaterThanOrEqual(2);
    // Finish soon after resuming: two more epochs.
    engine.context.db
      .prepare('UPDATE runs SET params = json_set(params, ?, ?) WHERE id = ?')
      .run('$.epochs', before + 2, runId);
    const { job } = await engine.call('runs.resume', { runId });
    const done = await engine.context.runner.settled(job.id);
    expect(done.error).toBeNull();
    expect(done.status).toBe('succeeded');
    const detail = await engine.call('runs.get', { runId });
    expect(detail.status).toBe('succeeded');
    expect(detail.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: before + 2 }, (_, i) => i + 1));
    expect(detail.modelVersion).toBe(1);
  });
});
