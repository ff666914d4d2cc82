/**
 * When a policy starts a cycle: the first of its triggers that fires, unless the minimum interval
 * since its last cycle, or a backoff after failures, says not yet. Pure, so each rule is tested
 * on its own numbers.
 */
import type { CycleTrigger, PolicyRecord } from '../../../../../shared/improve.js';
import type { MonitorReport } from '../../../../../shared/monitor-report.js';

export interface TriggerInputs {
  now: number;
  /** The watch's latest report of the model's production version (null: no look yet). */
  report: MonitorReport | null;
  /** Consecutive looks whose window showed dataset drift. */
  driftStreak: number;
  /** Feedback labels on the model's predictions received since the policy's last cycle. */
  newLabels: number;
  /** Open alerts of the model by kind, to link the trigger to what a person already saw. */
  alertIds: { drift?: string | undefined; performance?: string | undefined };
}

/** Why the policy may not start a cycle now, or null when it may. */
export function notYet(p: PolicyRecord, now: number): string | null {
  if (!p.policy.enabled) return 'the policy is disabled';
  const backoff = p.state.backoffUntil ? Date.parse(p.state.backoffUntil) : Number.NaN;
  if (backoff > now)
    return `backing off after ${p.state.failures} failed cycle(s) until ${p.state.backoffUntil}`;
  const last = p.state.lastRunAt ? Date.parse(p.state.lastRunAt) : Number.NaN;
  const minMs = p.policy.minIntervalMinutes * 60_000;
  if (last + minMs > now)
    return `the last cycle started ${Math.round((now - last) / 60_000)} min ago (minimum interval ${p.policy.minIntervalMinutes} min)`;
  return null;
}

function windowOf(r: MonitorReport | null): CycleTrigger['window'] {
  return r && r.window.from !== null && r.window.to !== null
    ? { from: r.window.from, to: r.window.to }
    : null;
}

/** The trigger that fires, or null. Order: drift, live metric drop, new labels, schedule. */
export function firedTrigger(p: PolicyRecord, x: TriggerInputs): CycleTrigger | null {
  const t = p.policy.triggers;
  const r = x.report;
  if (t.driftWindows !== null && r && x.driftStreak >= t.driftWindows) {
    return {
      kind: 'drift',
      message: `dataset drift in ${x.driftStreak} consecutive windows (policy asks for ${t.driftWindows}); ${(r.datasetDrift.share * 100).toFixed(0)} % of features drifted in the latest`,
      values: {
        windows: x.driftStreak,
        required: t.driftWindows,
        driftedShare: r.datasetDrift.share,
        driftedFeatures: r.datasetDrift.drifted ? r.features.filter((f) => f.drifted).length : 0,
      },
      alertId: x.alertIds.drift ?? null,
      window: windowOf(r),
    };
  }
  const live = r?.liveMetrics;
  if (t.metricDrop && live?.dropped && live.value !== null && live.evaluated !== null) {
    return {
      kind: 'metric_drop',
      message: `live ${live.name} ${live.value.toFixed(3)} on ${live.labeled} labeled predictions, against ${live.evaluated.toFixed(3)} at evaluation`,
      values: { live: live.value, evaluated: live.evaluated, labeled: live.labeled },
      alertId: x.alertIds.performance ?? null,
      window: windowOf(r),
    };
  }
  if (t.newLabels !== null && x.newLabels >= t.newLabels) {
    return {
      kind: 'new_labels',
      message: `${x.newLabels} new labels since the last cycle (policy asks for ${t.newLabels})`,
      values: { labels: x.newLabels, required: t.newLabels },
      alertId: null,
      window: windowOf(r),
    };
  }
  if (t.everyHours !== null) {
    const last = p.state.lastRunAt ? Date.parse(p.state.lastRunAt) : Date.parse(p.createdAt);
    if (x.now - last >= t.everyHours * 3_600_000) {
      return {
        kind: 'schedule',
        message: `scheduled: every ${t.everyHours} h`,
        values: { everyHours: t.everyHours, hoursSince: (x.now - last) / 3_600_000 },
        alertId: null,
        window: null,
      };
    }
  }
  return null;
}

/** Backoff after the n-th failure in a row: the policy's minimum interval (at least 5 min) × 2^(n−1), at most a day. */
export function backoffMs(minIntervalMinutes: number, failures: number): number {
  const base = Math.max(5, minIntervalMinutes) * 60_000;
  return Math.min(24 * 3_600_000, base * 2 ** Math.max(0, failures - 1));
}
