import type { PrfScores } from '../../../../shared/evaluate.js';

/** Precision, recall and F1 of one class, with its support (rows whose true class it is). */
export interface ClassPrf extends PrfScores {
  support: number;
}

/** Scores read off a confusion matrix. */
export interface ConfusionScores {
  rows: number;
  accuracy: number;
  /** Mean recall over the classes that occur in the true labels. */
  balancedAccuracy: number;
  /** Unweighted mean over the classes that occur in the true or the predicted labels. */
  macro: PrfScores;
  /** Mean weighted by support. */
  weighted: PrfScores;
  perClass: ClassPrf[];
}

/**
 * Accuracy, balanced accuracy and precision/recall/F1 (per class, macro, weighted) from a flat
 * confusion matrix `[actual * classes + predicted]` starting at `offset`, as scikit-learn computes
 * them with `zero_division=0`: a class never predicted has precision 0, one never true recall 0,
 * and F1 is 0 when precision + recall is 0. Like scikit-learn without `labels`, the macro mean
 * covers only classes that occur in the true or predicted labels. Throws on an empty matrix.
 */
export function confusionScores(confusion: ArrayLike<number>, classes: number, offset = 0): ConfusionScores {
  const support = new Float64Array(classes);
  const predicted = new Float64Array(classes);
  let rows = 0;
  let correct = 0;
  for (let a = 0; a < classes; a++) {
    for (let p = 0; p < classes; p++) {
      const c = confusion[offset + a * classes + p] as number;
      support[a] = (support[a] as number) + c;
      predicted[p] = (predicted[p] as number) + c;
      rows += c;
      if (a === p) correct += c;
    }
  }
  if (rows === 0) throw new Error('confusionScores: no rows');
  const perClass: ClassPrf[] = [];
  const macro = { precision: 0, recall: 0, f1: 0 };
  const weighted = { precision: 0, recall: 0, f1: 0 };
  let present = 0;
  let recallSum = 0;
  let trueClasses = 0;
  for (let k = 0; k < classes; k++) {
    const tp = confusion[offset + k * classes + k] as number;
    const s = support[k] as number;
    const q = predicted[k] as number;
    const precision = q > 0 ? tp / q : 0;
    const recall = s > 0 ? tp / s : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perClass.push({ precision, recall, f1, support: s });
    if (s > 0 || q > 0) {
      present++;
      macro.precision += precision;
      macro.recall += recall;
      macro.f1 += f1;
    }
    if (s > 0) {
      trueClasses++;
      recallSum += recall;
    }
    weighted.precision += (precision * s) / rows;
    weighted.recall += (recall * s) / rows;
    weighted.f1 += (f1 * s) / rows;
  }
  macro.precision /= present;
  macro.recall /= present;
  macro.f1 /= present;
  return {
    rows,
    accuracy: correct / rows,
    balancedAccuracy: recallSum / trueClasses,
    macro,
    weighted,
    perClass,
  };
}
