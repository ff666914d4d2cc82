import type { AlertRecord } from '../../../../shared/alerts';

/** An open drift alert of model churn v2 (tests only); `patch` changes any field. */
export function alertRecord(id: string, patch: Partial<AlertRecord> = {}): AlertRecord {
  return {
    id,
    modelName: 'churn',
    version: 2,
    kind: 'drift',
    severity: 'warning',
    title: `Alert ${id}`,
    message: 'What happened; what to do.',
    evidence: { values: {}, window: null, links: {}, details: {} },
    dedupeKey: id,
    createdAt: '2026-01-01T10:00:00.000Z',
    lastSeenAt: '2026-01-01T10:00:00.000Z',
    count: 1,
    acknowledgedAt: null,
    acknowledgedBy: null,
    webhookStatus: null,
    ...patch,
  };
}
