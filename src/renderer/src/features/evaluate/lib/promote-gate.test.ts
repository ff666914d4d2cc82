import { describe, expect, it } from 'vitest';
import { passedReason, promoteBlocker, promoteLabel, promoteMode } from './promote-gate';

describe('promote from the evaluation', () => {
  it('promotes a passed version and overrides a blocked one', () => {
    expect(promoteMode(true, 'candidate')).toBe('promote');
    expect(promoteMode(false, 'staging')).toBe('override');
    expect(promoteMode(false, 'production')).toBe('in-production');
    expect(promoteMode(true, null)).toBe('promote');
    expect(promoteLabel('promote')).toBe('Promote to production');
    expect(promoteLabel('override')).toBe('Promote anyway (override)');
  });

  it('needs a written reason, and says why for an override', () => {
    const needsWhy =
      'Write why this version should ship although its gate blocked it (at least 10 characters; kept in the model’s history).';
    expect(promoteBlocker({ mode: 'override', reason: ' ', busy: false })).toBe(needsWhy);
    expect(promoteBlocker({ mode: 'override', reason: '  long enough ', busy: false })).toBeNull();
    expect(promoteBlocker({ mode: 'override', reason: ' short    ', busy: false })).toBe(needsWhy);
    expect(promoteBlocker({ mode: 'promote', reason: 'ok', busy: false })).toBeNull();
    expect(promoteBlocker({ mode: 'promote', reason: '', busy: false })).toBe(
      'Give a reason: it is kept in the model’s history.',
    );
    expect(promoteBlocker({ mode: 'override', reason: 'latency check is noise', busy: true })).toBe(
      'Working…',
    );
    expect(promoteBlocker({ mode: 'override', reason: 'latency check is noise', busy: false })).toBeNull();
    expect(promoteBlocker({ mode: 'in-production', reason: 'x', busy: false })).toBe(
      'This version is already in production.',
    );
  });

  it('offers a reason for a passed version', () => {
    expect(passedReason(3, 4)).toBe('v3 passed its gate (4 checks)');
    expect(passedReason(1, 1)).toBe('v1 passed its gate (1 check)');
  });
});
