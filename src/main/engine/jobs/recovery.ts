import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { JobsStore } from '../db/jobs-store.js';
import { ownerAlive } from './owner.js';

/**
 * On start: jobs left running or queued by a process that no longer exists (killed, crashed)
 * become `interrupted`, and staging folders no live job owns are removed, so partial output
 * never looks complete. Jobs of another live AI Factory process on this workspace are left alone.
 */
export function recoverInterruptedJobs(store: JobsStore, stagingDir: string): string[] {
  const interrupted: string[] = [];
  const alive = new Set<string>();
  for (const row of store.unfinished()) {
    if (ownerAlive(row.owner)) {
      alive.add(row.id);
      continue;
    }
    const ok = store.finish(row.id, 'interrupted', {
      message: 'interrupted: the process running it stopped before it finished; start it again',
    });
    if (ok) {
      store.appendEvent(row.id, 'state', { status: 'interrupted' });
      store.forgetSeq(row.id);
      interrupted.push(row.id);
    }
  }
  let entries: string[] = [];
  try {
    entries = readdirSync(stagingDir);
  } catch {
    return interrupted;
  }
  for (const name of entries) {
    if (!alive.has(name)) rmSync(join(stagingDir, name), { recursive: true, force: true });
  }
  return interrupted;
}
