/**
 * Live metrics of a window from its predictions and the labels fed back: accuracy and macro F1
 * (classification; a label is compared as a string with the predicted class, F1 as scikit-learn's
 * f1_score(average='macro') over the classes that occur in the labels or the predictions), or MAE
 * and RMSE (regression; labels read as numbers). Null when no row can be scored.
 */

import { parseNumber } from '../../data/recipes/parse-value.js';
import { confusionCounts } from '../../evaluate/metrics/confusion.js';
import { confusionScores } from '../../evaluate/metrics/prf.js';
import type { WindowPredictions } from '../window/window-types.js';

export interface LabelScores {
  /** classification when the window holds classified rows, regression when it holds values, else null. */
  task: 'classification' | 'regression' | null;
  /** Labeled classified rows scored. */
  classifiedRows: number;
  accuracy: number | null;
  macroF1: number | null;
  /** Labels that are not one of the window's classes (scored all the same: they count as misses). */
  unseenClassLabels: number;
  /** Labeled regression rows scored. */
  regressionRows: number;
  mae: number | null;
  rmse: number | null;
  /** Regression labels that are not numbers (left out of MAE and RMSE). */
  badLabels: number;
}

function classification(p: WindowPredictions, labels: readonly (string | number | null)[]) {
  const predicted = p.labels as (string | null)[];
  const known = new Set(p.classes ?? []);
  const index = new Map<string, number>();
  const code = (s: string) => {
    let c = index.get(s);
    if (c === undefined) {
      c = index.size;
      index.set(s, c);
    }
    return c;
  };
  const actual: number[] = [];
  const guessed: number[] = [];
  let unseen = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const guess = predicted[i];
    if (label === null || label === undefined || guess === null || guess === undefined) continue;
    const text = String(label);
    if (!known.has(text)) unseen++;
    actual.push(code(text));
    guessed.push(code(guess));
  }
  if (actual.length === 0) return { rows: 0, accuracy: null, macroF1: null, unseen };
  const s = confusionScores(confusionCounts(actual, guessed, index.size), index.size);
  return { rows: actual.length, accuracy: s.accuracy, macroF1: s.macro.f1, unseen };
}

function regression(p: WindowPredictions, labels: readonly (string | number | null)[]) {
  const values = p.values as Float64Array;
  let n = 0;
  let sae = 0;
  let sse = 0;
  let bad = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const guess = values[i] as number;
    if (label === null || label === undefined || Number.isNaN(guess)) continue;
    const y = typeof label === 'number' ? label : parseNumber(label);
    if (!Number.isFinite(y)) {
      bad++;
      continue;
    }
    const e = y - guess;
    sae += Math.abs(e);
    sse += e * e;
    n++;
  }
  return { rows: n, mae: n > 0 ? sae / n : null, rmse: n > 0 ? Math.sqrt(sse / n) : null, bad };
}

/** Scores of `labels` (one per window row, null = none) against the window's predictions. */
export function scoreLabels(p: WindowPredictions, labels: readonly (string | number | null)[]): LabelScores {
  const c = p.labels ? classification(p, labels) : null;
  const r = p.values ? regression(p, labels) : null;
  return {
    task: c ? 'classification' : r ? 'regression' : null,
    classifiedRows: c?.rows ?? 0,
    accuracy: c?.accuracy ?? null,
    macroF1: c?.macroF1 ?? null,
    unseenClassLabels: c?.unseen ?? 0,
    regressionRows: r?.rows ?? 0,
    mae: r?.mae ?? null,
    rmse: r?.rmse ?? null,
    badLabels: r?.bad ?? 0,
  };
}
