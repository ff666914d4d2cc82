import type { ModelDetail } from '../../../../../shared/serve';

export type RollbackAvailability =
  | { available: true; from: number; to: number }
  | { available: false; why: string };

/**
 * Whether Rollback can run, mirroring the registry: it needs a production version and an earlier
 * production version that still exists (the most recent one goes back). `events` are newest first.
 */
export function rollbackAvailability(
  detail: Pick<ModelDetail, 'name' | 'production' | 'versions' | 'events'>,
): RollbackAvailability {
  const current = detail.production;
  if (current === null) {
    return { available: false, why: `${detail.name} has no production version; promote one first.` };
  }
  const exists = new Set(detail.versions.map((v) => v.version));
  const previous = detail.events.find(
    (e) => e.toStage === 'production' && e.version !== current && exists.has(e.version),
  );
  if (!previous) {
    return {
      available: false,
      why: `v${current} is the first production version of ${detail.name}; there is nothing to roll back to.`,
    };
  }
  return { available: true, from: current, to: previous.version };
}
