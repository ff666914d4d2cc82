import { accessSync, constants, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { AppError } from '../../shared/errors.js';

export type WorkspaceSource = 'flag' | 'env' | 'default';

export interface WorkspacePaths {
  dir: string;
  source: WorkspaceSource;
  databasePath: string;
  artifactsDir: string;
  /** Jobs write here first; a folder moves into artifacts only when its job succeeds. */
  stagingDir: string;
  uploadsDir: string;
  /** Content-addressed column files of every dataset version. */
  columnsDir: string;
}

/** The per-user data folder for AI Factory (e.g. ~/.local/share/ai-factory on Linux). */
export function defaultWorkspaceDir(): string {
  return envPaths('ai-factory', { suffix: '' }).data;
}

/** --workspace flag, else AI_FACTORY_WORKSPACE, else the per-user default. */
export function resolveWorkspaceDir(
  flag?: string | null,
  env: NodeJS.ProcessEnv = process.env,
): {
  dir: string;
  source: WorkspaceSource;
} {
  if (flag) return { dir: resolve(flag), source: 'flag' };
  const fromEnv = env.AI_FACTORY_WORKSPACE;
  if (fromEnv) return { dir: resolve(fromEnv), source: 'env' };
  return { dir: defaultWorkspaceDir(), source: 'default' };
}

export function workspacePaths(dir: string, source: WorkspaceSource): WorkspacePaths {
  const artifactsDir = join(dir, 'artifacts');
  return {
    dir,
    source,
    databasePath: join(dir, 'factory.db'),
    artifactsDir,
    stagingDir: join(artifactsDir, '.staging'),
    uploadsDir: join(dir, 'uploads'),
    columnsDir: join(artifactsDir, 'columns'),
  };
}

function fail(dir: string, what: string, err: unknown): never {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EROFS'
        ? 'the file system is read-only'
        : code === 'ENOTDIR'
          ? 'a part of the path is a file, not a folder'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : ((err as Error).message ?? String(err));
  throw new AppError(
    'workspace',
    `Cannot use ${dir} as the workspace: ${what} failed (${why}). Choose a writable folder with --workspace DIR or AI_FACTORY_WORKSPACE.`,
  );
}

/** Create the workspace folders if needed and prove the folder is writable. */
export function prepareWorkspace(dir: string, source: WorkspaceSource): WorkspacePaths {
  const paths = workspacePaths(dir, source);
  try {
    const st = statSync(dir);
    if (!st.isDirectory()) {
      throw new AppError(
        'workspace',
        `Cannot use ${dir} as the workspace: it is a file, not a folder. Choose a folder with --workspace DIR or AI_FACTORY_WORKSPACE.`,
      );
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') fail(dir, 'reading the folder', err);
  }
  for (const d of [dir, paths.artifactsDir, paths.stagingDir, paths.uploadsDir, paths.columnsDir]) {
    try {
      mkdirSync(d, { recursive: true });
    } catch (err) {
      fail(dir, `creating ${d}`, err);
    }
  }
  const probe = join(dir, `.write-test-${process.pid}`);
  try {
    accessSync(dir, constants.W_OK);
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch (err) {
    fail(dir, 'writing a test file', err);
  }
  return paths;
}
