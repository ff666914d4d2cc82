import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/workspace.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { packageInfo } from '../../engine/util/package-root.js';

const bin = join(packageInfo().dir, 'bin', 'ai-factory.mjs');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, AI_FACTORY_BACKEND: '', ...env },
    timeout: 60_000,
  });
  const lines = r.stdout.trim().split('\n');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last: lines[lines.length - 1] ?? '' };
}
function workspace(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('ai-factory CLI', () => {
  it('info --json prints the backend, why, and the device as the last stdout line', () => {
    const ws = workspace();
    const r = run(['--workspace', ws, 'info', '--json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.last) as AppInfo;
    expect(info.workspaceDir).toBe(ws);
    expect(info.workspaceSource).toBe('flag');
    expect(info.backend.chosen).toBe('wasm');
    expect(info.backend.reason).toMatch(/first available/);
    expect(info.backend.device).toMatch(/CPU/);
    expect(info.backend.candidates.find((c) => c.id === 'cuda')?.reason).toMatch(/not installed/);
  });

  it('info in words, with AI_FACTORY_WORKSPACE and a forced backend', () => {
    const ws = workspace();
    const r = run(['info'], { AI_FACTORY_WORKSPACE: ws, AI_FACTORY_BACKEND: 'cpu' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Workspace  ${ws} (from AI_FACTORY_WORKSPACE)`);
    expect(r.stdout).toMatch(/Backend {4}cpu .*\n.*forced by AI_FACTORY_BACKEND=cpu/);
  });

  it('runs a job to the end and reports it as JSON', () => {
    const ws = workspace();
    const r = run([
      '-w',
      ws,
      '--json',
      'jobs',
      'run',
      'backend.benchmark',
      '--params',
      '{"seconds": 1, "size": 32}',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.last) as { jobId: string; status: string; result: { iterations: number } };
    expect(out.status).toBe('succeeded');
    expect(typeof out.jobId).toBe('string');
    expect(out.result.iterations).toBeGreaterThan(0);
    const list = JSON.parse(run(['-w', ws, 'jobs', 'list', '--json']).last) as { jobs: { id: string }[] };
    expect(list.jobs.map((j) => j.id)).toEqual([out.jobId]);
  });

  it('exits 2 with a clear message for bad usage, and 3 for an unusable workspace', () => {
    const ws = workspace();
    const badParams = run(['-w', ws, 'jobs', 'run', 'backend.benchmark', '--params', '{"seconds": -4}']);
    expect(badParams.code).toBe(2);
    expect(badParams.stderr).toMatch(/Invalid --params for backend.benchmark: seconds/);
    const unknown = run(['-w', ws, 'launch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'launch'/);

    const file = join(ws, 'a-file');
    writeFileSync(file, 'x');
    const notDir = run(['-w', file, '--json', 'info']);
    expect(notDir.code).toBe(3);
    expect(JSON.parse(notDir.last)).toMatchObject({
      error: { kind: 'workspace', message: expect.stringContaining(file) },
    });
    expect(notDir.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
