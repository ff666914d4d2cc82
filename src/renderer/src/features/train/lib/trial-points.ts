import type { TrialRecord, TuningRecord } from '../../../../../shared/train';

export interface TrialPoint {
  /** The dimension's value (numbers as they are; names and booleans as text). */
  x: number | string;
  metric: number;
  runId: string;
  status: TrialRecord['status'];
}

/** Trials that reached a metric, as points of metric against one dimension. */
export function trialPoints(trials: readonly TrialRecord[], path: string): TrialPoint[] {
  const out: TrialPoint[] = [];
  for (const t of trials) {
    const v = t.values[path];
    if (v === undefined || t.metric === null || !Number.isFinite(t.metric)) continue;
    out.push({
      x: typeof v === 'number' ? v : String(v),
      metric: t.metric,
      runId: t.runId,
      status: t.status,
    });
  }
  return out;
}

/** Whether a dimension's values are numbers (a numeric axis) rather than names. */
export function isNumericDimension(tuning: TuningRecord, path: string): boolean {
  const d = tuning.space.find((s) => s.path === path);
  if (!d) return false;
  if (d.type !== 'choice') return true;
  return d.values.every((v) => typeof v === 'number');
}

/** Whether the dimension is searched on a log scale (its axis is logarithmic too). */
export function isLogDimension(tuning: TuningRecord, path: string): boolean {
  const d = tuning.space.find((s) => s.path === path);
  return d !== undefined && d.type !== 'choice' && d.log;
}

/** The best trial: the tuning's choice once it has one, else the best metric so far. */
export function bestTrial(tuning: TuningRecord): TrialRecord | null {
  if (tuning.bestRunId) return tuning.trials.find((t) => t.runId === tuning.bestRunId) ?? null;
  let best: TrialRecord | null = null;
  for (const t of tuning.trials) {
    if (t.metric === null) continue;
    if (!best || best.metric === null) best = t;
    else if (tuning.metricName === 'rmse' ? t.metric < best.metric : t.metric > best.metric) best = t;
  }
  return best;
}
