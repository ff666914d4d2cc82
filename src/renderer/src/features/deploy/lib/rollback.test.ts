import { describe, expect, it } from 'vitest';
import type { StageEvent } from '../../../../../shared/serve';
import type { ModelVersionRecord } from '../../../../../shared/train';
import { rollbackAvailability } from './rollback';

const version = (n: number): ModelVersionRecord => ({
  id: `mv${n}`,
  modelName: 'wdbc',
  version: n,
  stage: 'candidate',
  runId: `r${n}`,
  task: 'binary',
  artifactDir: `models/wdbc/${n}`,
  metrics: null,
  testMetrics: null,
  createdAt: '2026-11-27T08:00:00.000Z',
});

const event = (
  n: number,
  toStage: StageEvent['toStage'],
  action: StageEvent['action'] = 'promote',
): StageEvent => ({
  id: `e${n}${toStage}`,
  modelName: 'wdbc',
  version: n,
  fromStage: 'candidate',
  toStage,
  action,
  reason: 'r',
  actor: 'me',
  at: '2026-11-27T08:00:00.000Z',
});

describe('rollbackAvailability', () => {
  it('needs a production version', () => {
    expect(
      rollbackAvailability({ name: 'wdbc', production: null, versions: [version(1)], events: [] }),
    ).toEqual({
      available: false,
      why: 'wdbc has no production version; promote one first.',
    });
  });

  it('needs an earlier production version', () => {
    expect(
      rollbackAvailability({
        name: 'wdbc',
        production: 1,
        versions: [version(1)],
        events: [event(1, 'production')],
      }),
    ).toEqual({
      available: false,
      why: 'v1 is the first production version of wdbc; there is nothing to roll back to.',
    });
  });

  it('goes back to the most recent earlier production version that still exists', () => {
    const events = [
      event(3, 'production'),
      event(2, 'archived', 'demote'),
      event(2, 'production'),
      event(1, 'production'),
    ];
    expect(
      rollbackAvailability({ name: 'wdbc', production: 3, versions: [1, 2, 3].map(version), events }),
    ).toEqual({ available: true, from: 3, to: 2 });
    expect(
      rollbackAvailability({ name: 'wdbc', production: 3, versions: [1, 3].map(version), events }),
    ).toEqual({ available: true, from: 3, to: 1 });
  });
});
