import type { Stage } from '../../../../../shared/serve';

/** What the promote shortcut offers: a plain promotion, an override of a blocked gate, or nothing. */
export type PromoteMode = 'promote' | 'override' | 'in-production';

/** The shortcut's mode for an evaluated version: nothing to do when it already serves. */
export function promoteMode(passed: boolean, stage: Stage | null): PromoteMode {
  if (stage === 'production') return 'in-production';
  return passed ? 'promote' : 'override';
}

/** The button's words. */
export function promoteLabel(mode: PromoteMode): string {
  return mode === 'override' ? 'Promote anyway (override)' : 'Promote to production';
}

/** The shortest reason the engine takes for overriding the gate (PromoteInput in shared/serve.ts). */
export const OVERRIDE_REASON_MIN = 10;

/** Why the button is disabled (null: it can be clicked). An override needs a written reason of 10+ characters. */
export function promoteBlocker(args: { mode: PromoteMode; reason: string; busy: boolean }): string | null {
  if (args.mode === 'in-production') return 'This version is already in production.';
  if (args.busy) return 'Working…';
  const reason = args.reason.trim();
  if (args.mode === 'override' && reason.length < OVERRIDE_REASON_MIN) {
    return `Write why this version should ship although its gate blocked it (at least ${OVERRIDE_REASON_MIN} characters; kept in the model’s history).`;
  }
  if (!reason) return 'Give a reason: it is kept in the model’s history.';
  return null;
}

/** The reason offered for a version that passed its gate (the person may edit it). */
export function passedReason(version: number, checks: number): string {
  return `v${version} passed its gate (${checks} check${checks === 1 ? '' : 's'})`;
}
