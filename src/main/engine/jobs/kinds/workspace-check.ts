import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import type { JobContext } from '../job-kind.js';

interface Params {
  hashArtifacts: boolean;
}

export interface WorkspaceCheckResult {
  database: { integrity: string[]; foreignKeyViolations: number; schemaVersion: number };
  artifacts: { files: number; bytes: number; sha256: Record<string, string> };
  problems: string[];
}

async function listFiles(root: string, dir: string, out: { path: string; size: number }[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === '.staging' && dir === root) continue;
      await listFiles(root, full, out);
    } else if (e.isFile()) {
      out.push({ path: full, size: (await stat(full)).size });
    }
  }
}

function hashFile(path: string, signal: AbortSignal, onBytes: (n: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const stream = createReadStream(path, { signal });
    stream.on('data', (chunk) => {
      hash.update(chunk);
      onBytes(chunk.length);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Workspace integrity check: SQLite's integrity and foreign-key checks on factory.db, then every
 * artifact file listed (and hashed). Writes report.json as the job's artifact.
 */
export async function run(ctx: JobContext<Params>): Promise<WorkspaceCheckResult> {
  const problems: string[] = [];
  ctx.progress(0, 'checking factory.db');
  const db = new Database(ctx.databasePath, { readonly: true, fileMustExist: true });
  let integrity: string[];
  let fkViolations: number;
  let schemaVersion: number;
  try {
    integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    fkViolations = (db.pragma('foreign_key_check') as unknown[]).length;
    schemaVersion = db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
  if (integrity.length !== 1 || integrity[0] !== 'ok')
    problems.push(`factory.db integrity: ${integrity.join('; ')}`);
  if (fkViolations > 0) problems.push(`factory.db has ${fkViolations} foreign-key violations`);
  ctx.throwIfCancelled();
  ctx.progress(0.2, 'listing artifacts');

  const artifactsRoot = join(ctx.workspaceDir, 'artifacts');
  const files: { path: string; size: number }[] = [];
  await listFiles(artifactsRoot, artifactsRoot, files);
  const totalBytes = files.reduce((s, f) => s + f.size, 0);
  const sha256: Record<string, string> = {};
  if (ctx.params.hashArtifacts) {
    let done = 0;
    for (const f of files) {
      ctx.throwIfCancelled();
      const rel = relative(ctx.workspaceDir, f.path);
      sha256[rel] = await hashFile(f.path, ctx.signal, (n) => {
        done += n;
        ctx.progress(0.2 + 0.8 * (totalBytes ? done / totalBytes : 1), `hashing ${rel}`);
      });
    }
  }
  const result: WorkspaceCheckResult = {
    database: { integrity, foreignKeyViolations: fkViolations, schemaVersion },
    artifacts: { files: files.length, bytes: totalBytes, sha256 },
    problems,
  };
  await writeFile(join(ctx.stagingDir, 'report.json'), JSON.stringify(result, null, 2));
  ctx.progress(1, problems.length ? `${problems.length} problem(s) found` : 'workspace is healthy');
  return result;
}
