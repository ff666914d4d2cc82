import { describe, expect, it } from 'vitest';
import { CycleStatus } from '../../../../../../shared/improve';
import {
  cycleLinks,
  isCycleActive,
  STATUS_BADGE,
  stageLabel,
  statusBadge,
  triggerLabel,
  versionsText,
} from './cycle-view';
import { cycle } from './test-fixtures';

describe('cycle view', () => {
  it('has a badge for every status of the contract', () => {
    for (const status of CycleStatus.options) expect(STATUS_BADGE[status].label.length).toBeGreaterThan(0);
    expect(statusBadge('awaiting_approval')).toEqual({ label: 'Awaiting approval', tone: 'warning' });
    expect(statusBadge('rolled_back')).toEqual({ label: 'Rolled back', tone: 'critical' });
    expect(statusBadge('completed')).toEqual({ label: 'Completed', tone: 'done' });
    expect(statusBadge('running')).toEqual({ label: 'Running', tone: 'running' });
    expect(statusBadge('something_new')).toEqual({ label: 'something_new', tone: 'neutral' });
  });

  it('knows which cycles still move', () => {
    expect(CycleStatus.options.filter(isCycleActive)).toEqual(['running', 'awaiting_approval', 'watching']);
  });

  it('says the stage and the trigger in words', () => {
    expect(stageLabel('gate')).toBe('checking the gate');
    expect(stageLabel('later')).toBe('later');
    expect(triggerLabel('metric_drop')).toBe('Live metric drop');
    expect(triggerLabel('manual')).toBe('Run by hand');
  });

  it('writes champion → challenger', () => {
    expect(versionsText({ championVersion: 2, challengerVersion: null })).toBe('v2 → not trained yet');
    expect(versionsText({ championVersion: 2, challengerVersion: 3 })).toBe('v2 → v3');
  });

  it('gathers a cycle’s evidence as timeline links', () => {
    expect(cycleLinks(cycle())).toEqual({
      window: { from: Date.UTC(2026, 0, 5, 8), to: Date.UTC(2026, 0, 5, 9) },
      alertId: 'alert-0123456789',
      datasetVersionId: 'dsv-1',
    });
    const done = cycle({
      trigger: { kind: 'manual', message: '', values: {}, alertId: null, window: null },
      runId: 'run-9',
      evaluationId: 'ev-4',
      challengerVersion: 3,
    });
    expect(cycleLinks(done)).toEqual({
      datasetVersionId: 'dsv-1',
      runId: 'run-9',
      evaluationId: 'ev-4',
      version: 3,
    });
  });
});
