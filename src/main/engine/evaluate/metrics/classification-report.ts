import type { ClassCurve, ClassificationMetrics, ClassScores } from '../../../../shared/evaluate.js';
import { calibration } from './calibration.js';
import { confusionCounts, confusionRows } from './confusion.js';
import { logLoss } from './log-loss.js';
import { averagePrecisionOf, prCurve } from './pr.js';
import { predictedClasses } from './predicted-classes.js';
import { confusionScores } from './prf.js';
import { rankedCounts, splitScores } from './ranked-counts.js';
import { rocAucOf, rocCurve } from './roc.js';
import { thresholdTable } from './thresholds.js';

/** Default decision threshold of a binary model. */
export const DEFAULT_THRESHOLD = 0.5;

const mean = (xs: (number | null)[]): number | null => {
  const defined = xs.filter((x): x is number => x !== null);
  return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
};

/**
 * Everything the evaluation reports about a classifier's accuracy on labelled rows.
 *
 * `probs` holds rows × `classes` probabilities, row-major (binary: [P0, P1]); `actual` the true
 * class index per row; `labelNames` one name per class. Binary: class 1 when P1 ≥ `threshold`,
 * ROC-AUC/average precision/curves of class 1, calibration of P1, a threshold table. Multiclass:
 * the most probable class (first on ties); ROC-AUC and average precision are macro means of the
 * one-vs-rest values of the classes where they are defined; calibration of the top class's
 * probability against "top class correct". Values undefined for these rows are null.
 */
export function classificationReport(
  probs: ArrayLike<number>,
  classes: number,
  actual: ArrayLike<number>,
  labelNames: string[],
  threshold = DEFAULT_THRESHOLD,
): ClassificationMetrics {
  const n = actual.length;
  if (n === 0) throw new Error('classificationReport: no rows to evaluate');
  if (classes < 2) throw new Error(`classificationReport: ${classes} classes; need at least 2`);
  if (probs.length !== n * classes)
    throw new Error(`classificationReport: ${probs.length} probabilities for ${n} rows × ${classes} classes`);
  if (labelNames.length !== classes)
    throw new Error(`classificationReport: ${labelNames.length} label names for ${classes} classes`);
  for (let i = 0; i < n; i++) {
    const y = actual[i] as number;
    if (!(Number.isInteger(y) && y >= 0 && y < classes))
      throw new Error(`classificationReport: row ${i} has class ${y}, expected 0..${classes - 1}`);
  }
  const binary = classes === 2;
  const predicted = predictedClasses(probs, classes, threshold);
  const confusion = confusionCounts(actual, predicted, classes);
  const scores = confusionScores(confusion, classes);

  const perClass: ClassScores[] = [];
  const roc: ClassCurve[] = [];
  const pr: ClassCurve[] = [];
  for (let c = 0; c < classes; c++) {
    const s = splitScores(probs, classes, c, actual, c);
    const counts = rankedCounts(s.positives, s.negatives);
    const label = labelNames[c] as string;
    const prf = scores.perClass[c];
    if (!prf) throw new Error('unreachable: missing class scores');
    perClass.push({ label, ...prf, rocAuc: rocAucOf(counts), averagePrecision: averagePrecisionOf(counts) });
    if (!binary || c === 1) {
      roc.push({ label, points: rocCurve(counts) });
      pr.push({ label, points: prCurve(counts) });
    }
  }

  const confidence = new Float64Array(n);
  const positive = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (binary) {
      confidence[i] = probs[2 * i + 1] as number;
      positive[i] = actual[i] === 1 ? 1 : 0;
    } else {
      const p = predicted[i] as number;
      confidence[i] = probs[i * classes + p] as number;
      positive[i] = actual[i] === p ? 1 : 0;
    }
  }
  const cal = calibration(confidence, positive);
  const positiveClass = perClass[1] as ClassScores;

  return {
    kind: 'classification',
    rows: n,
    labels: labelNames.slice(),
    accuracy: scores.accuracy,
    balancedAccuracy: scores.balancedAccuracy,
    logLoss: logLoss(probs, classes, actual),
    rocAuc: binary ? positiveClass.rocAuc : mean(perClass.map((p) => p.rocAuc)),
    averagePrecision: binary ? positiveClass.averagePrecision : mean(perClass.map((p) => p.averagePrecision)),
    macro: scores.macro,
    weighted: scores.weighted,
    perClass,
    confusion: confusionRows(confusion, classes),
    roc,
    pr,
    calibration: cal.bins,
    ece: cal.ece,
    threshold: binary ? threshold : null,
    thresholds: binary ? thresholdTable(probs, actual) : [],
  };
}
