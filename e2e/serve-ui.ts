import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, REPO_ROOT } from './paths';

export interface ServeUi {
  url: string;
  workspaceDir: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/** Start `ai-factory serve-ui --port 0 --json` on a fresh temporary workspace and read its URL. */
export async function startServeUi(): Promise<ServeUi> {
  const workspaceDir = mkdtempSync(join(tmpdir(), 'ai-factory-e2e-'));
  const child = spawn(
    process.execPath,
    [CLI, '--workspace', workspaceDir, 'serve-ui', '--port', '0', '--json'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  try {
    const url = await readUrl(child, () => stderr);
    return { url, workspaceDir, stop: () => stop(child, workspaceDir) };
  } catch (err) {
    await stop(child, workspaceDir);
    throw err;
  }
}

function readUrl(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`serve-ui did not start: ${why}\n--- its stderr ---\n${stderr()}`));
    };
    const timer = setTimeout(
      () => fail(`no URL on stdout after ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.once('exit', (code, signal) => fail(`it exited (code ${code}, signal ${signal})`));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      for (const line of buffer.split('\n')) {
        const trimmed = line.trim();
        if (!trimmed.startsWith('{')) continue;
        try {
          const parsed = JSON.parse(trimmed) as { url?: unknown };
          if (typeof parsed.url === 'string') {
            clearTimeout(timer);
            child.removeAllListeners('exit');
            resolve(parsed.url);
            return;
          }
        } catch {
          // An incomplete line; wait for more output.
        }
      }
    });
  });
}

async function stop(child: ChildProcess, workspaceDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(workspaceDir, { recursive: true, force: true });
}
