import type { Stage } from '../../../../../shared/serve';
import type { ModelVersionRecord } from '../../../../../shared/train';

/** The pill tone of a stage badge: production stands out, archived recedes. */
export function stageTone(stage: Stage): 'done' | 'active' | 'info' | 'neutral' {
  switch (stage) {
    case 'production':
      return 'done';
    case 'staging':
      return 'active';
    case 'candidate':
      return 'info';
    case 'archived':
      return 'neutral';
  }
}

/** Versions newest first (highest number first). */
export function versionsNewestFirst(versions: readonly ModelVersionRecord[]): ModelVersionRecord[] {
  return [...versions].sort((a, b) => b.version - a.version);
}

/** Stages a version can be moved to: every stage but the one it is in. */
export function targetStages(current: Stage): Stage[] {
  const all: Stage[] = ['production', 'staging', 'candidate', 'archived'];
  return all.filter((s) => s !== current);
}

/** Why Promote is disabled (null: it can be clicked). */
export function promoteBlocker(args: {
  stage: Stage;
  target: Stage;
  reason: string;
  busy: boolean;
  /** Promote to production although the evaluation gate objects. */
  overrideGate?: boolean;
}): string | null {
  if (args.busy) return 'Working…';
  if (args.stage === args.target) return `This version is already in ${args.target}.`;
  if (!args.reason.trim()) return 'Give a reason: it is kept in the model’s history.';
  if (args.overrideGate && args.target === 'production' && args.reason.trim().length < 10)
    return 'Overriding the gate needs a reason of at least 10 characters saying why.';
  return null;
}
