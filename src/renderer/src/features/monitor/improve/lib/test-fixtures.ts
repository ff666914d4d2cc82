import type { ImprovementCycle, PolicyRecord, TimelineEvent } from '../../../../../../shared/improve';
import { DEFAULT_POLICY } from './policy-json';

export function cycle(patch: Partial<ImprovementCycle> = {}): ImprovementCycle {
  return {
    id: 'cyc-1',
    modelName: 'credit',
    policyId: 'pol-1',
    policyName: 'retrain on drift',
    status: 'running',
    stage: 'train',
    trigger: {
      kind: 'drift',
      message: 'Drift in 3 windows in a row.',
      values: { driftedWindows: 3 },
      alertId: 'alert-0123456789',
      window: { from: Date.UTC(2026, 0, 5, 8), to: Date.UTC(2026, 0, 5, 9) },
    },
    championVersion: 2,
    challengerVersion: null,
    datasetVersionId: 'dsv-1',
    recentVersionId: null,
    runId: null,
    tuningId: null,
    evaluationId: null,
    recentEvaluationId: null,
    jobId: 'job-1',
    productionRows: 400,
    error: null,
    startedAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:01:00.000Z',
    endedAt: null,
    ...patch,
  };
}

export function policyRecord(name: string, patch: Partial<PolicyRecord> = {}): PolicyRecord {
  return {
    id: `pol-${name}`,
    modelName: 'credit',
    policy: { ...DEFAULT_POLICY, name },
    state: { lastRunAt: null, failures: 0, backoffUntil: null },
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    ...patch,
  };
}

export function timelineEvent(id: number, patch: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    modelName: 'credit',
    cycleId: 'cyc-1',
    at: '2026-01-05T09:00:00.000Z',
    kind: 'trigger',
    title: 'Drift',
    message: 'Drift in 3 windows.',
    values: {},
    links: {},
    ...patch,
  };
}
