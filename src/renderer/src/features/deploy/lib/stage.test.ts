import { describe, expect, it } from 'vitest';
import { promoteBlocker, stageTone, targetStages } from './stage';

describe('stage badges and promote', () => {
  it('gives each stage its own tone', () => {
    expect(['candidate', 'staging', 'production', 'archived'].map((s) => stageTone(s as never))).toEqual([
      'info',
      'active',
      'done',
      'neutral',
    ]);
  });

  it('offers every other stage, production first', () => {
    expect(targetStages('candidate')).toEqual(['production', 'staging', 'archived']);
    expect(targetStages('production')).toEqual(['staging', 'candidate', 'archived']);
  });

  it('says why Promote is disabled', () => {
    expect(promoteBlocker({ stage: 'candidate', target: 'production', reason: '  ', busy: false })).toBe(
      'Give a reason: it is kept in the model’s history.',
    );
    expect(promoteBlocker({ stage: 'production', target: 'production', reason: 'x', busy: false })).toBe(
      'This version is already in production.',
    );
    expect(
      promoteBlocker({ stage: 'candidate', target: 'production', reason: 'best AUC', busy: false }),
    ).toBeNull();
    expect(
      promoteBlocker({
        stage: 'candidate',
        target: 'production',
        reason: 'best AUC',
        busy: false,
        overrideGate: true,
      }),
    ).toBe('Overriding the gate needs a reason of at least 10 characters saying why.');
    expect(
      promoteBlocker({
        stage: 'candidate',
        target: 'staging',
        reason: 'best AUC',
        busy: false,
        overrideGate: true,
      }),
    ).toBeNull();
  });
});
