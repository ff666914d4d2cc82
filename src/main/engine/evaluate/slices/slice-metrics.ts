import { confusionScores } from '../metrics/prf.js';
import type { ScoreOrder } from './score-order.js';

/** Per-slice metrics by name (null where undefined), with each slice's row count. */
export interface SliceMetrics {
  rows: number[];
  metrics: Record<string, number | null>[];
}

/**
 * accuracy, balanced_accuracy and f1_macro per slice from one pass of confusion counts, and with
 * `byScore` (binary: rows ordered by P(class 1)) roc_auc, null when the slice lacks a class.
 * `ids[i]` is row i's slice (0 … sliceCount−1); `predicted`/`actual` class indices.
 */
export function classificationSliceMetrics(
  ids: Int32Array,
  sliceCount: number,
  actual: ArrayLike<number>,
  predicted: Int32Array,
  classes: number,
  byScore: ScoreOrder | null,
): SliceMetrics {
  const n = ids.length;
  const block = classes * classes;
  const confusion = new Int32Array(sliceCount * block);
  for (let i = 0; i < n; i++) {
    const at = (ids[i] as number) * block + (actual[i] as number) * classes + (predicted[i] as number);
    confusion[at] = (confusion[at] as number) + 1;
  }
  const rows: number[] = [];
  const metrics: Record<string, number | null>[] = [];
  for (let s = 0; s < sliceCount; s++) {
    const sc = confusionScores(confusion, classes, s * block);
    rows.push(sc.rows);
    metrics.push({ accuracy: sc.accuracy, balanced_accuracy: sc.balancedAccuracy, f1_macro: sc.macro.f1 });
  }
  if (byScore) {
    const auc = sliceAucs(ids, sliceCount, actual, byScore);
    for (let s = 0; s < sliceCount; s++)
      (metrics[s] as Record<string, number | null>).roc_auc = auc[s] ?? null;
  }
  return { rows, metrics };
}

/**
 * ROC-AUC per slice as the Mann–Whitney statistic (equal to the trapezoid area; ties count one half),
 * in one pass over the rows in score order: each positive scores above the slice's negatives seen
 * in lower groups, and half of those in its own group. Null when a slice lacks a class.
 */
export function sliceAucs(
  ids: Int32Array,
  sliceCount: number,
  actual: ArrayLike<number>,
  byScore: ScoreOrder,
): (number | null)[] {
  const { order, groupEnds } = byScore;
  const below = new Float64Array(sliceCount);
  const tiedNeg = new Float64Array(sliceCount);
  const wins = new Float64Array(sliceCount);
  const positives = new Float64Array(sliceCount);
  let start = 0;
  for (let g = 0; g < groupEnds.length; g++) {
    const end = groupEnds[g] as number;
    for (let k = start; k < end; k++) {
      const i = order[k] as number;
      if (actual[i] !== 1) {
        const s = ids[i] as number;
        tiedNeg[s] = (tiedNeg[s] as number) + 1;
      }
    }
    for (let k = start; k < end; k++) {
      const i = order[k] as number;
      if (actual[i] === 1) {
        const s = ids[i] as number;
        wins[s] = (wins[s] as number) + (below[s] as number) + 0.5 * (tiedNeg[s] as number);
        positives[s] = (positives[s] as number) + 1;
      }
    }
    for (let k = start; k < end; k++) {
      const i = order[k] as number;
      if (actual[i] !== 1) {
        const s = ids[i] as number;
        below[s] = (below[s] as number) + 1;
        tiedNeg[s] = 0;
      }
    }
    start = end;
  }
  return Array.from(wins, (w, s) => {
    const p = positives[s] as number;
    const q = below[s] as number;
    return p > 0 && q > 0 ? w / (p * q) : null;
  });
}

/**
 * mae, rmse and r2 (null when the slice's actual values are constant) per slice, in the target's
 * units, from two passes over the rows.
 */
export function regressionSliceMetrics(
  ids: Int32Array,
  sliceCount: number,
  predicted: ArrayLike<number>,
  actual: ArrayLike<number>,
): SliceMetrics {
  const n = ids.length;
  const count = new Float64Array(sliceCount);
  const sae = new Float64Array(sliceCount);
  const sse = new Float64Array(sliceCount);
  const sum = new Float64Array(sliceCount);
  for (let i = 0; i < n; i++) {
    const s = ids[i] as number;
    const y = actual[i] as number;
    const e = y - (predicted[i] as number);
    count[s] = (count[s] as number) + 1;
    sae[s] = (sae[s] as number) + Math.abs(e);
    sse[s] = (sse[s] as number) + e * e;
    sum[s] = (sum[s] as number) + y;
  }
  const mean = sum.map((t, s) => t / (count[s] as number));
  const sst = new Float64Array(sliceCount);
  for (let i = 0; i < n; i++) {
    const s = ids[i] as number;
    const d = (actual[i] as number) - (mean[s] as number);
    sst[s] = (sst[s] as number) + d * d;
  }
  const rows: number[] = [];
  const metrics: Record<string, number | null>[] = [];
  for (let s = 0; s < sliceCount; s++) {
    const c = count[s] as number;
    const t = sst[s] as number;
    rows.push(c);
    metrics.push({
      mae: (sae[s] as number) / c,
      rmse: Math.sqrt((sse[s] as number) / c),
      r2: t > 0 ? 1 - (sse[s] as number) / t : null,
    });
  }
  return { rows, metrics };
}
