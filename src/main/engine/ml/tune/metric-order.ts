/** Which of two metric values is better, and the best trial, for accuracy (higher) or rmse (lower). */
import type { TrialRecord } from '../../../../shared/train.js';

export type MetricName = 'accuracy' | 'rmse';

/** Negative when a is better than b, positive when worse, 0 when equal (for sorting best first). */
export function compareMetric(metric: MetricName, a: number, b: number): number {
  return metric === 'rmse' ? a - b : b - a;
}

/**
 * The run id of the best trial: among trials whose training is complete (status succeeded: they
 * reached the last rung, or the trainer stopped them early), else among those at the highest rung
 * reached; ties go to the trial started first. Failed and cancelled trials never count.
 */
export function bestTrial(trials: readonly TrialRecord[], metric: MetricName): TrialRecord | null {
  const scored = trials.filter(
    (t) =>
      t.metric !== null && Number.isFinite(t.metric) && (t.status === 'succeeded' || t.status === 'stopped'),
  );
  let pool = scored.filter((t) => t.status === 'succeeded');
  if (pool.length === 0) {
    const top = Math.max(...scored.map((t) => t.rung));
    pool = scored.filter((t) => t.rung === top);
  }
  let best: TrialRecord | null = null;
  for (const t of pool) {
    if (best === null || compareMetric(metric, t.metric as number, best.metric as number) < 0) best = t;
  }
  return best;
}
