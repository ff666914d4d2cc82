import { describe, expect, it } from 'vitest';
import {
  ImprovementPolicy,
  type ImprovementPolicyInput,
  type PolicyRecord,
  type PolicyState,
} from '../../../../../shared/improve.js';
import {
  type MonitoredFeature,
  type MonitorReport,
  MonitorThresholds,
} from '../../../../../shared/monitor-report.js';
import { backoffMs, firedTrigger, notYet, type TriggerInputs } from './triggers.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2025-03-10T12:00:00.000Z');
const CREATED = '2025-03-10T00:00:00.000Z';

function record(input: Partial<ImprovementPolicyInput> = {}, state: Partial<PolicyState> = {}): PolicyRecord {
  return {
    id: 'pol-1',
    modelName: 'credit',
    policy: ImprovementPolicy.parse({ name: 'p', ...input }),
    state: { lastRunAt: null, failures: 0, backoffUntil: null, ...state },
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

/** Only one trigger on, so each test sees that trigger's rule alone. */
const only = (triggers: Partial<ImprovementPolicyInput['triggers'] & object>) =>
  record({
    triggers: { driftWindows: null, metricDrop: false, newLabels: null, everyHours: null, ...triggers },
  });

function feature(name: string, drifted: boolean): MonitoredFeature {
  return {
    feature: name,
    kind: 'numeric',
    method: 'ks',
    pValue: drifted ? 0.001 : 0.4,
    threshold: 0.05,
    drifted,
    stats: null,
    quality: {
      kind: 'numeric',
      rows: 300,
      missing: 0,
      missingRate: 0,
      referenceRows: 1000,
      referenceMissingRate: 0,
      typeErrors: 0,
      typeErrorRate: 0,
      outOfRange: 0,
      outOfRangeShare: 0,
      referenceMin: 0,
      referenceMax: 1,
    },
  };
}

function report(live: Partial<MonitorReport['liveMetrics']> = {}, driftedOf4 = 3): MonitorReport {
  return {
    modelName: 'credit',
    version: 1,
    task: 'binary',
    generatedAt: new Date(NOW).toISOString(),
    window: { kind: 'count', requestedRows: 300, rows: 300, requests: 6, from: NOW - 60_000, to: NOW },
    reference: { rows: 1000, source: 'training sample' },
    features: ['a', 'b', 'c', 'd'].map((f, i) => feature(f, i < driftedOf4)),
    prediction: null,
    datasetDrift: {
      drifted: driftedOf4 / 4 >= 0.5,
      share: driftedOf4 / 4,
      count: driftedOf4,
      total: 4,
      threshold: 0.5,
    },
    quality: { breaches: [], typeErrors: 0 },
    liveMetrics: {
      name: 'accuracy',
      value: 0.9,
      f1: 0.9,
      labeled: 300,
      share: 1,
      evaluated: 0.92,
      dropped: false,
      ...live,
    },
    thresholds: MonitorThresholds.parse({}),
    notes: [],
  };
}

function inputs(x: Partial<TriggerInputs> = {}): TriggerInputs {
  return { now: NOW, report: report(), driftStreak: 0, newLabels: 0, alertIds: {}, ...x };
}

describe('firedTrigger: drift', () => {
  const p = only({ driftWindows: 3 });

  it('fires at the policy’s number of consecutive drifted windows, with the numbers and the links', () => {
    const t = firedTrigger(p, inputs({ driftStreak: 3, alertIds: { drift: 'alr-7' } }));
    expect(t).toEqual({
      kind: 'drift',
      message:
        'dataset drift in 3 consecutive windows (policy asks for 3); 75 % of features drifted in the latest',
      values: { windows: 3, required: 3, driftedShare: 0.75, driftedFeatures: 3 },
      alertId: 'alr-7',
      window: { from: NOW - 60_000, to: NOW },
    });
    expect(firedTrigger(p, inputs({ driftStreak: 5 }))?.values.windows).toBe(5);
  });

  it('does not fire one window short, without a report, or when the trigger is off', () => {
    expect(firedTrigger(p, inputs({ driftStreak: 2 }))).toBeNull();
    expect(firedTrigger(p, inputs({ driftStreak: 3, report: null }))).toBeNull();
    expect(firedTrigger(only({ metricDrop: true }), inputs({ driftStreak: 100 }))).toBeNull();
  });

  it('counts no drifted features when the latest window is below the dataset threshold', () => {
    const t = firedTrigger(p, inputs({ driftStreak: 3, report: report({}, 1) }));
    expect(t?.values).toEqual({ windows: 3, required: 3, driftedShare: 0.25, driftedFeatures: 0 });
  });
});

describe('firedTrigger: live metric drop', () => {
  const p = only({ metricDrop: true });

  it('fires only when the report says the live metric dropped', () => {
    const t = firedTrigger(
      p,
      inputs({
        report: report({ value: 0.71, evaluated: 0.92, labeled: 240, dropped: true }),
        alertIds: { performance: 'alr-9', drift: 'alr-7' },
      }),
    );
    expect(t).toEqual({
      kind: 'metric_drop',
      message: 'live accuracy 0.710 on 240 labeled predictions, against 0.920 at evaluation',
      values: { live: 0.71, evaluated: 0.92, labeled: 240 },
      alertId: 'alr-9',
      window: { from: NOW - 60_000, to: NOW },
    });
  });

  it('does not fire on a low live value the report did not call a drop, nor without an evaluated value', () => {
    expect(firedTrigger(p, inputs({ report: report({ value: 0.1, dropped: false }) }))).toBeNull();
    expect(
      firedTrigger(p, inputs({ report: report({ value: 0.1, evaluated: null, dropped: true }) })),
    ).toBeNull();
    expect(firedTrigger(p, inputs({ report: report({ value: null, dropped: true }) }))).toBeNull();
    expect(firedTrigger(p, inputs({ report: null }))).toBeNull();
    const off = only({ newLabels: 10 });
    expect(firedTrigger(off, inputs({ report: report({ value: 0.5, dropped: true }) }))).toBeNull();
  });
});

describe('firedTrigger: new labels', () => {
  const p = only({ newLabels: 50 });

  it('fires at the policy’s count of new labels, not one below', () => {
    expect(firedTrigger(p, inputs({ newLabels: 49 }))).toBeNull();
    expect(firedTrigger(p, inputs({ newLabels: 50 }))).toEqual({
      kind: 'new_labels',
      message: '50 new labels since the last cycle (policy asks for 50)',
      values: { labels: 50, required: 50 },
      alertId: null,
      window: { from: NOW - 60_000, to: NOW },
    });
    expect(firedTrigger(p, inputs({ newLabels: 50, report: null }))?.window).toBeNull();
  });
});

describe('firedTrigger: schedule', () => {
  it('counts hours from the policy’s creation before its first cycle', () => {
    const p = only({ everyHours: 12 });
    // created at 00:00, now 12:00: exactly 12 h
    expect(firedTrigger(p, inputs())).toEqual({
      kind: 'schedule',
      message: 'scheduled: every 12 h',
      values: { everyHours: 12, hoursSince: 12 },
      alertId: null,
      window: null,
    });
    expect(firedTrigger(p, inputs({ now: NOW - 1 }))).toBeNull();
  });

  it('counts hours from the last cycle once there was one', () => {
    const p = {
      ...only({ everyHours: 6 }),
      state: { lastRunAt: new Date(NOW - 5 * HOUR).toISOString(), failures: 0, backoffUntil: null },
    };
    expect(firedTrigger(p, inputs())).toBeNull();
    expect(firedTrigger(p, inputs({ now: NOW + HOUR }))?.values).toEqual({ everyHours: 6, hoursSince: 6 });
  });
});

describe('firedTrigger: order', () => {
  it('drift first, then the metric drop, then new labels, then the schedule', () => {
    const all = record({ triggers: { driftWindows: 1, metricDrop: true, newLabels: 1, everyHours: 1 } });
    const dropped = report({ value: 0.5, dropped: true });
    const x = inputs({ report: dropped, driftStreak: 1, newLabels: 1 });
    expect(firedTrigger(all, x)?.kind).toBe('drift');
    expect(firedTrigger(all, { ...x, driftStreak: 0 })?.kind).toBe('metric_drop');
    expect(firedTrigger(all, { ...x, driftStreak: 0, report: report() })?.kind).toBe('new_labels');
    expect(firedTrigger(all, { ...x, driftStreak: 0, report: report(), newLabels: 0 })?.kind).toBe(
      'schedule',
    );
    expect(
      firedTrigger(all, { ...x, driftStreak: 0, report: report(), newLabels: 0, now: Date.parse(CREATED) }),
    ).toBeNull();
  });
});

describe('notYet', () => {
  it('allows a fresh enabled policy', () => {
    expect(notYet(record(), NOW)).toBeNull();
  });

  it('refuses a disabled policy', () => {
    expect(notYet(record({ enabled: false }), NOW)).toBe('the policy is disabled');
  });

  it('refuses within the minimum interval since the last cycle started, and allows at it', () => {
    const p = record({ minIntervalMinutes: 60 }, { lastRunAt: new Date(NOW - 59 * 60_000).toISOString() });
    expect(notYet(p, NOW)).toBe('the last cycle started 59 min ago (minimum interval 60 min)');
    expect(notYet(p, NOW + 60_000)).toBeNull();
  });

  it('refuses during a backoff (even with no minimum interval), and allows once it has passed', () => {
    const until = new Date(NOW + 10 * 60_000).toISOString();
    const p = record({ minIntervalMinutes: 0 }, { failures: 2, backoffUntil: until });
    expect(notYet(p, NOW)).toBe(`backing off after 2 failed cycle(s) until ${until}`);
    expect(notYet(p, NOW + 10 * 60_000)).toBeNull();
  });
});

describe('backoffMs', () => {
  it('doubles with each failure in a row from the minimum interval', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(60, n) / 60_000)).toEqual([60, 120, 240, 480]);
    expect(backoffMs(60, 0)).toBe(60 * 60_000);
  });

  it('starts at 5 minutes when the minimum interval is shorter', () => {
    expect([1, 2, 3].map((n) => backoffMs(0, n) / 60_000)).toEqual([5, 10, 20]);
    expect(backoffMs(2, 1)).toBe(5 * 60_000);
  });

  it('never waits more than a day', () => {
    expect(backoffMs(60, 5)).toBe(16 * HOUR);
    expect(backoffMs(60, 6)).toBe(24 * HOUR);
    expect(backoffMs(60, 40)).toBe(24 * HOUR);
    expect(backoffMs(60 * 24 * 365, 1)).toBe(24 * HOUR);
  });
});
