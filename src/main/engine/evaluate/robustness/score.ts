/**
 * The robustness score and the feature sensitivity ranking, from the measured perturbations.
 *
 * The score, as shown to users:
 *   For each perturbation point, "kept" is the share of the main metric the model kept:
 *     accuracy:  kept = min(1, perturbed accuracy / baseline accuracy)   (1 when the baseline is 0)
 *     mae:       kept = min(1, baseline mae / perturbed mae)             (1 when the perturbed mae is 0)
 *     no labels: kept = 1 − flip rate (the share of rows whose prediction did not change)
 *   A family's kept is the mean over its points; the families are noise, missing by feature,
 *   missing at random, unseen categories, shift by feature and re-weighting (re-weighting only with
 *   labels: it moves no prediction, only the mix of rows). A point whose metric is undefined is skipped.
 *   score = the mean of the families' kept over the families that have at least one point
 *   (1 when none has: nothing could be perturbed).
 *
 * A feature's sensitivity is the largest loss (1 − kept) among the perturbations of that feature
 * alone: set missing, an unseen category (categorical) and the shift (numeric).
 */
import type { RobustTask } from './types.js';

/** One measured perturbation: the main metric on the perturbed rows (null without labels) and the flip rate. */
export interface Effect {
  metric: number | null;
  flipRate: number;
}

/**
 * The share of the main metric a perturbation kept, in [0, 1] (see the comment at the top of this
 * file); null when the baseline is labeled but this point's metric is undefined.
 */
export function kept(task: RobustTask, baseline: number | null, e: Effect): number | null {
  if (baseline === null) return 1 - e.flipRate;
  if (e.metric === null) return null;
  if (task === 'regression') return e.metric === 0 ? 1 : Math.min(1, baseline / e.metric);
  return baseline === 0 ? 1 : Math.min(1, e.metric / baseline);
}

/** Mean kept over a family's points; null when it has no point with a defined kept. */
export function familyKept(
  task: RobustTask,
  baseline: number | null,
  points: readonly Effect[],
): number | null {
  let sum = 0;
  let n = 0;
  for (const p of points) {
    const k = kept(task, baseline, p);
    if (k === null) continue;
    sum += k;
    n++;
  }
  return n === 0 ? null : sum / n;
}

/** The robustness score in [0, 1]: the mean of the families' kept over the families with points. */
export function robustnessScore(
  task: RobustTask,
  baseline: number | null,
  families: readonly Effect[][],
): number {
  const kepts = families.map((f) => familyKept(task, baseline, f)).filter((k): k is number => k !== null);
  return kepts.length === 0 ? 1 : kepts.reduce((a, b) => a + b, 0) / kepts.length;
}

/**
 * Features ranked by sensitivity: score = the largest 1 − kept among each feature's own effects,
 * most sensitive first; ties go to the larger flip rate, then to the features' order.
 */
export function sensitivityRanking(
  task: RobustTask,
  baseline: number | null,
  features: readonly string[],
  effects: ReadonlyMap<string, readonly Effect[]>,
): { feature: string; score: number }[] {
  const ranked = features.map((feature, order) => {
    let score = 0;
    let flips = 0;
    for (const e of effects.get(feature) ?? []) {
      const k = kept(task, baseline, e);
      if (k !== null) score = Math.max(score, 1 - k);
      flips = Math.max(flips, e.flipRate);
    }
    return { feature, score, flips, order };
  });
  ranked.sort((a, b) => b.score - a.score || b.flips - a.flips || a.order - b.order);
  return ranked.map(({ feature, score }) => ({ feature, score }));
}
