import { afterEach, describe, expect, it } from 'vitest';
import { AlertRecord, type RaiseAlertInput } from '../../../../shared/alerts.js';
import { AppError } from '../../../../shared/errors.js';
import type { EngineEvent } from '../../../../shared/events.js';
import { defaultDedupeKey } from './alerts-service.js';
import { type AlertsWorkspace, openAlertsWorkspace } from './test-alerts-workspace.js';

let w: AlertsWorkspace;
afterEach(async () => {
  await w?.cleanup();
});

const drift = (over: Partial<RaiseAlertInput> = {}): RaiseAlertInput => ({
  modelName: 'churn',
  version: 2,
  kind: 'drift',
  severity: 'warning',
  title: 'Input drift in churn v2',
  message: '3 of 5 features drifted (share 0.60 ≥ 0.50). Look at the Monitor step; retrain if it persists.',
  evidence: {
    values: { share: 0.6, threshold: 0.5 },
    window: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T01:00:00.000Z', rows: 1000 },
    links: { windowId: 'win_1' },
    details: { driftedFeatures: ['age', 'tenure', 'plan'] },
  },
  dedupeKey: 'drift:churn:2',
  ...over,
});

const alertEvents = (events: EngineEvent[]) => events.filter((e) => e.type === 'alert');

async function failure(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('AlertsService (real SQLite workspace)', () => {
  it('stores a new alert with its evidence and tells listeners once', () => {
    w = openAlertsWorkspace();
    const { alert, created } = w.alerts.raise(drift());
    expect(created).toBe(true);
    expect(alert).toMatchObject({
      modelName: 'churn',
      version: 2,
      kind: 'drift',
      severity: 'warning',
      count: 1,
      dedupeKey: 'drift:churn:2',
      acknowledgedAt: null,
      acknowledgedBy: null,
      webhookStatus: null,
    });
    expect(alert.id).toMatch(/^alert_/);
    expect(alert.lastSeenAt).toBe(alert.createdAt);
    const stored = w.alerts.get(alert.id);
    expect(stored).toEqual(alert);
    expect(AlertRecord.parse(stored)).toEqual(alert);
    expect(stored?.evidence).toEqual({
      values: { share: 0.6, threshold: 0.5 },
      window: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T01:00:00.000Z', rows: 1000 },
      links: { windowId: 'win_1' },
      details: { driftedFeatures: ['age', 'tenure', 'plan'] },
    });
    expect(alertEvents(w.events)).toEqual([
      {
        type: 'alert',
        id: alert.id,
        severity: 'warning',
        title: 'Input drift in churn v2',
        message: alert.message,
        at: alert.createdAt,
        modelName: 'churn',
        kind: 'drift',
      },
    ]);
    expect(w.alerts.openCount()).toBe(1);
  });

  it('folds raises of an open alert into it: count, last seen, latest evidence, highest severity; one event', () => {
    w = openAlertsWorkspace();
    const first = w.alerts.raise(drift()).alert;
    const second = w.alerts.raise(
      drift({ severity: 'critical', message: 'Now 4 of 5.', evidence: { values: { share: 0.8 } } }),
    );
    const third = w.alerts.raise(drift({ severity: 'info', message: 'Now 5 of 5.' }));
    expect(second.created).toBe(false);
    expect(third.created).toBe(false);
    expect(third.alert.id).toBe(first.id);
    expect(third.alert.count).toBe(3);
    // Severity never drops while the alert is open: critical stays although the last raise said info.
    expect(third.alert.severity).toBe('critical');
    expect(third.alert.message).toBe('Now 5 of 5.');
    expect(third.alert.createdAt).toBe(first.createdAt);
    expect(third.alert.lastSeenAt >= first.createdAt).toBe(true);
    expect(w.alerts.list({ limit: 10 })).toHaveLength(1);
    expect(alertEvents(w.events)).toHaveLength(1);
    // Evidence is the latest raise's (defaults filled in).
    expect(second.alert.evidence).toEqual({ values: { share: 0.8 }, window: null, links: {}, details: {} });
  });

  it('opens a new alert for the same condition once the old one is acknowledged', () => {
    w = openAlertsWorkspace();
    const first = w.alerts.raise(drift()).alert;
    w.alerts.acknowledge(first.id, 'ana');
    const again = w.alerts.raise(drift());
    expect(again.created).toBe(true);
    expect(again.alert.id).not.toBe(first.id);
    expect(again.alert.count).toBe(1);
    expect(alertEvents(w.events).map((e) => e.id)).toEqual([first.id, again.alert.id]);
    expect(w.alerts.openCount()).toBe(1);
  });

  it('folds by kind, model, version and title when no dedupe key is given', () => {
    w = openAlertsWorkspace();
    const base = {
      modelName: 'churn',
      version: null,
      kind: 'server_errors' as const,
      severity: 'critical' as const,
      title: '5xx answers from churn',
      message: '12% of requests failed in the last minute; see the Deploy step log.',
    };
    const a = w.alerts.raise(base).alert;
    expect(a.dedupeKey).toBe(defaultDedupeKey(base));
    expect(a.dedupeKey).toBe('server_errors:churn:-:5xx answers from churn');
    expect(w.alerts.raise(base).created).toBe(false);
    expect(w.alerts.raise({ ...base, version: 3 }).created).toBe(true);
    expect(w.alerts.raise({ ...base, title: 'Timeouts from churn' }).created).toBe(true);
    expect(w.alerts.openCount()).toBe(3);
  });

  it('acknowledges once: records who and when; again changes nothing; an unknown id is not_found', async () => {
    w = openAlertsWorkspace();
    const a = w.alerts.raise(drift()).alert;
    const acked = w.alerts.acknowledge(a.id, 'ana');
    expect(acked.acknowledgedBy).toBe('ana');
    expect(acked.acknowledgedAt).not.toBeNull();
    expect(Number.isNaN(Date.parse(acked.acknowledgedAt ?? ''))).toBe(false);
    const again = w.alerts.acknowledge(a.id, 'bob');
    expect(again).toEqual(acked);
    expect(w.alerts.openCount()).toBe(0);
    const err = await failure(() => w.alerts.acknowledge('alert_nope', 'ana'));
    expect(err.kind).toBe('not_found');
    expect(err.message).toContain('alert_nope');
  });

  it('lists newest first, by model, open or acknowledged, up to the limit, and counts open ones per model', () => {
    w = openAlertsWorkspace();
    const a1 = w.alerts.raise(drift({ dedupeKey: 'k1' })).alert;
    const a2 = w.alerts.raise(drift({ dedupeKey: 'k2', kind: 'quality', title: 'Missing values' })).alert;
    const b1 = w.alerts.raise(drift({ dedupeKey: 'k3', modelName: 'fraud', kind: 'performance' })).alert;
    w.alerts.acknowledge(a1.id, 'ana');
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(w.alerts.list({ limit: 10 }))).toEqual([b1.id, a2.id, a1.id]);
    expect(ids(w.alerts.list({ limit: 2 }))).toEqual([b1.id, a2.id]);
    expect(ids(w.alerts.list({ modelName: 'churn', limit: 10 }))).toEqual([a2.id, a1.id]);
    expect(ids(w.alerts.list({ open: true, limit: 10 }))).toEqual([b1.id, a2.id]);
    expect(ids(w.alerts.list({ open: false, limit: 10 }))).toEqual([a1.id]);
    expect(ids(w.alerts.list({ modelName: 'churn', open: true, limit: 10 }))).toEqual([a2.id]);
    expect(w.alerts.list({ modelName: 'nobody', limit: 10 })).toEqual([]);
    expect(w.alerts.openCount()).toBe(2);
    expect(w.alerts.openCount('churn')).toBe(1);
    expect(w.alerts.openCount('fraud')).toBe(1);
    expect(w.alerts.openCount('nobody')).toBe(0);
  });

  it('stores non-finite evidence numbers as null and refuses a malformed alert, naming the field', async () => {
    w = openAlertsWorkspace();
    const a = w.alerts.raise(
      drift({ evidence: { values: { pValue: Number.NaN, psi: Number.POSITIVE_INFINITY, share: 0.5 } } }),
    ).alert;
    expect(w.alerts.get(a.id)?.evidence.values).toEqual({ pValue: null, psi: null, share: 0.5 });
    const err = await failure(() => w.alerts.raise({ ...drift(), kind: 'weather' as never }));
    expect(err.kind).toBe('invalid_input');
    expect(err.message).toMatch(/^Invalid alert: kind:/);
    expect(w.alerts.list({ limit: 10 })).toHaveLength(1);
    expect(alertEvents(w.events)).toHaveLength(1);
  });
});
