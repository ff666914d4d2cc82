/** Test support: run the real `ai-factory` CLI in a child process on a workspace. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageInfo } from '../../engine/util/package-root.js';

export const CLI_BIN = join(packageInfo().dir, 'bin', 'ai-factory.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The last stdout line as JSON (where --json puts its one object); shaped by each test. */
  json: () => ReturnType<typeof JSON.parse>;
}

export function runCli(
  workspaceDir: string,
  args: string[],
  opts: { timeoutMs?: number; env?: Record<string, string>; input?: string } = {},
): CliRun {
  const r = spawnSync(process.execPath, [CLI_BIN, '--workspace', workspaceDir, ...args], {
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
    env: { ...process.env, ...opts.env },
    ...(opts.input !== undefined ? { input: opts.input } : {}),
  });
  const lines = r.stdout.trim().split('\n');
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    json: () => JSON.parse(lines[lines.length - 1] ?? 'null'),
  };
}
