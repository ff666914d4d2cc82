import { createHash } from 'node:crypto';
import type { VersionManifest } from './store/datasets-store.js';

/** A key over what cached results depend on besides the data: target, task, roles, types, split. */
export function configKey(
  v: Pick<VersionManifest, 'contentHash' | 'target' | 'task' | 'columns' | 'split'>,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        data: v.contentHash,
        target: v.target,
        task: v.task,
        roles: v.columns.map((c) => [c.name, c.role, c.type]),
        split: v.split?.blob ?? null,
      }),
    )
    .digest('hex')
    .slice(0, 32);
}
