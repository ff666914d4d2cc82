import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { openEngine } from './engine.js';
import { tempDir } from './test-support/temp-workspace.js';
import { defaultWorkspaceDir, prepareWorkspace, resolveWorkspaceDir } from './workspace.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function temp(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('workspace', () => {
  it('takes --workspace over AI_FACTORY_WORKSPACE over the per-user default', () => {
    expect(resolveWorkspaceDir('/tmp/a', { AI_FACTORY_WORKSPACE: '/tmp/b' })).toEqual({
      dir: '/tmp/a',
      source: 'flag',
    });
    expect(resolveWorkspaceDir(null, { AI_FACTORY_WORKSPACE: '/tmp/b' })).toEqual({
      dir: '/tmp/b',
      source: 'env',
    });
    const d = resolveWorkspaceDir(undefined, {});
    expect(d).toEqual({ dir: defaultWorkspaceDir(), source: 'default' });
    expect(d.dir).toMatch(/ai-factory/);
  });

  it('creates the folder tree in a new workspace', () => {
    const dir = join(temp(), 'nested', 'ws');
    const p = prepareWorkspace(dir, 'flag');
    for (const d of [p.dir, p.artifactsDir, p.stagingDir, p.uploadsDir]) expect(existsSync(d)).toBe(true);
    expect(p.databasePath).toBe(join(dir, 'factory.db'));
  });

  it('refuses a workspace path that is a file, naming it, and does not touch the file', () => {
    const file = join(temp(), 'notes.txt');
    writeFileSync(file, 'keep me');
    expect(() => prepareWorkspace(file, 'flag')).toThrow(AppError);
    expect(() => prepareWorkspace(file, 'flag')).toThrow(new RegExp(`${file}.*is a file`));
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('refuses a workspace whose parent is a file (not writable as a folder)', async () => {
    const file = join(temp(), 'blocker');
    writeFileSync(file, 'x');
    const dir = join(file, 'ws');
    await expect(openEngine({ shell: 'test', workspace: dir, env: {} })).rejects.toMatchObject({
      kind: 'workspace',
      message: expect.stringMatching(
        /Cannot use .*blocker\/ws as the workspace.*a part of the path is a file.*--workspace/,
      ),
    });
  });
});
