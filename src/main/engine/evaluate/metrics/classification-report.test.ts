import { describe, expect, it } from 'vitest';
import { classificationReport } from './classification-report.js';
import { expectAllClose } from './expect-close.js';

// A binary case with tied scores (0.83, 0.61 ×3, 0.42, 0.22).
const p1 = [
  0.92, 0.83, 0.83, 0.74, 0.67, 0.61, 0.61, 0.61, 0.55, 0.47, 0.42, 0.42, 0.36, 0.33, 0.27, 0.22, 0.22, 0.16,
  0.12, 0.05,
];
const y = [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0];
const binaryProbs = p1.flatMap((p) => [1 - p, p]);

describe('classificationReport, binary', () => {
  const m = classificationReport(binaryProbs, 2, y, ['no', 'yes']);

  it('matches scikit-learn on the threshold metrics', () => {
    // reference: sklearn 1.2.1, pred = (p1 >= 0.5).astype(int)
    //   accuracy_score(y, pred), balanced_accuracy_score(y, pred), confusion_matrix(y, pred),
    //   precision_recall_fscore_support(y, pred, average=None / 'macro' / 'weighted', zero_division=0)
    expect(m.rows).toBe(20);
    expect(m.labels).toEqual(['no', 'yes']);
    expect(m.threshold).toBe(0.5);
    expect(m.accuracy).toBeCloseTo(0.7, 12);
    expect(m.balancedAccuracy).toBeCloseTo(0.696969696969697, 12);
    expect(m.confusion).toEqual([
      [8, 3],
      [3, 6],
    ]);
    expectAllClose(
      m.perClass.map((c) => c.precision),
      [0.7272727272727273, 0.6666666666666666],
    );
    expectAllClose(
      m.perClass.map((c) => c.recall),
      [0.7272727272727273, 0.6666666666666666],
    );
    expectAllClose(
      m.perClass.map((c) => c.f1),
      [0.7272727272727273, 0.6666666666666666],
    );
    expect(m.perClass.map((c) => c.support)).toEqual([11, 9]);
    expectAllClose(
      [m.macro.precision, m.macro.recall, m.macro.f1],
      [0.696969696969697, 0.696969696969697, 0.696969696969697],
    );
    expectAllClose([m.weighted.precision, m.weighted.recall, m.weighted.f1], [0.7, 0.7, 0.7]);
  });

  it('matches scikit-learn on the ranking metrics and curves', () => {
    // reference: sklearn 1.2.1 roc_auc_score(y, p1), roc_auc_score(1 - y, 1 - p1),
    //   average_precision_score(y, p1), average_precision_score(1 - y, 1 - p1), log_loss(y, p1)
    expect(m.rocAuc).toBeCloseTo(0.7878787878787878, 12);
    expect(m.averagePrecision).toBeCloseTo(0.7290514496396849, 12);
    expect(m.perClass[1]?.rocAuc).toBeCloseTo(0.7878787878787878, 12);
    expect(m.perClass[1]?.averagePrecision).toBeCloseTo(0.7290514496396849, 12);
    expect(m.perClass[0]?.rocAuc).toBeCloseTo(0.7878787878787878, 12);
    expect(m.perClass[0]?.averagePrecision).toBeCloseTo(0.8260082023239919, 12);
    expect(m.logLoss).toBeCloseTo(0.5584672603624957, 12);

    // reference: sklearn 1.2.1 fpr, tpr, th = roc_curve(y, p1) (drop_intermediate=True; th[0] = max + 1 there, null here)
    expect(m.roc).toHaveLength(1);
    expect(m.roc[0]?.label).toBe('yes');
    const roc = m.roc[0]?.points ?? [];
    expectAllClose(
      roc.map((p) => p.x),
      [
        0.0, 0.0, 0.09090909090909091, 0.09090909090909091, 0.18181818181818182, 0.2727272727272727,
        0.2727272727272727, 0.45454545454545453, 0.45454545454545453, 0.6363636363636364, 0.7272727272727273,
        1.0,
      ],
    );
    expectAllClose(
      roc.map((p) => p.y),
      [
        0.0, 0.1111111111111111, 0.2222222222222222, 0.4444444444444444, 0.6666666666666666,
        0.6666666666666666, 0.7777777777777778, 0.7777777777777778, 0.8888888888888888, 0.8888888888888888,
        1.0, 1.0,
      ],
    );
    expect(roc[0]?.threshold).toBeNull();
    expect(roc.slice(1).map((p) => p.threshold)).toEqual([
      0.92, 0.83, 0.67, 0.61, 0.55, 0.47, 0.42, 0.36, 0.27, 0.22, 0.05,
    ]);

    // reference: sklearn 1.2.1 prec, rec, th = precision_recall_curve(y, p1), read backwards here
    //   (recall ascending; the final (recall 0, precision 1) point of sklearn is our first, threshold null)
    expect(m.pr[0]?.label).toBe('yes');
    const pr = m.pr[0]?.points ?? [];
    expectAllClose(
      pr.map((p) => p.y),
      [
        0.45, 0.47368421052631576, 0.5, 0.5294117647058824, 0.5333333333333333, 0.5714285714285714,
        0.6153846153846154, 0.5833333333333334, 0.7, 0.6666666666666666, 0.75, 0.8, 0.75, 0.6666666666666666,
        1.0, 1.0,
      ].reverse(),
    );
    expectAllClose(
      pr.map((p) => p.x),
      [
        1.0, 1.0, 1.0, 1.0, 0.8888888888888888, 0.8888888888888888, 0.8888888888888888, 0.7777777777777778,
        0.7777777777777778, 0.6666666666666666, 0.6666666666666666, 0.4444444444444444, 0.3333333333333333,
        0.2222222222222222, 0.1111111111111111, 0.0,
      ].reverse(),
    );
    expect(pr.map((p) => p.threshold)).toEqual([
      null,
      ...[0.05, 0.12, 0.16, 0.22, 0.27, 0.33, 0.36, 0.42, 0.47, 0.55, 0.61, 0.67, 0.74, 0.83, 0.92].reverse(),
    ]);
  });

  it('matches scikit-learn calibration_curve and its expected calibration error', () => {
    // reference: sklearn 1.2.1 prob_true, prob_pred = calibration_curve(y, p1, n_bins=10, strategy='uniform');
    //   counts = np.bincount(np.searchsorted(np.linspace(0, 1, 11)[1:-1], p1), minlength=10);
    //   ece = np.sum(counts / 20 * np.abs(prob_pred - prob_true))   (every bin is non-empty here)
    expect(m.calibration.map((b) => b.count)).toEqual([1, 2, 3, 2, 3, 1, 4, 1, 2, 1]);
    expectAllClose(
      m.calibration.map((b) => b.fractionPositive),
      [0.0, 0.0, 0.3333333333333333, 0.5, 0.3333333333333333, 0.0, 0.75, 1.0, 0.5, 1.0],
    );
    expectAllClose(
      m.calibration.map((b) => b.meanPredicted),
      [0.05, 0.14, 0.23666666666666666, 0.345, 0.4366666666666666, 0.55, 0.625, 0.74, 0.83, 0.92],
    );
    expectAllClose(
      m.calibration.map((b) => b.lo),
      [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
    );
    expect(m.ece).toBeCloseTo(0.1645, 12);
  });

  it('moves the metrics exactly as the thresholds table says when the threshold changes', () => {
    expect(m.thresholds).toHaveLength(101);
    expect(m.thresholds.map((t) => t.threshold)).toEqual(Array.from({ length: 101 }, (_, i) => i / 100));
    const at = (t: number) => m.thresholds.find((p) => p.threshold === t);
    expect(at(0.5)).toEqual({ threshold: 0.5, tp: 6, fp: 3, tn: 8, fn: 3 });
    expect(at(0)).toEqual({ threshold: 0, tp: 9, fp: 11, tn: 0, fn: 0 });
    expect(at(1)).toEqual({ threshold: 1, tp: 0, fp: 0, tn: 11, fn: 9 });

    const moved = classificationReport(binaryProbs, 2, y, ['no', 'yes'], 0.3);
    const row = at(0.3);
    expect(moved.threshold).toBe(0.3);
    expect(moved.confusion).toEqual([
      [row?.tn, row?.fp],
      [row?.fn, row?.tp],
    ]);
    // reference: sklearn 1.2.1 with pred = (p1 >= 0.3): confusion_matrix → [[5, 6], [1, 8]],
    //   accuracy_score, balanced_accuracy_score, precision_recall_fscore_support(average='macro', zero_division=0)
    expect(moved.confusion).toEqual([
      [5, 6],
      [1, 8],
    ]);
    expect(moved.accuracy).toBeCloseTo(0.65, 12);
    expect(moved.balancedAccuracy).toBeCloseTo(0.6717171717171717, 12);
    expectAllClose(
      [moved.macro.precision, moved.macro.recall, moved.macro.f1],
      [0.7023809523809523, 0.6717171717171717, 0.6419437340153453],
    );
    // The ranking metrics do not depend on the threshold.
    expect(moved.rocAuc).toBe(m.rocAuc);
    expect(moved.thresholds).toEqual(m.thresholds);
  });

  it('gives precision 0 to a class never predicted (zero_division=0)', () => {
    // reference: sklearn 1.2.1 pred = (p1 >= 0.95): precision_recall_fscore_support(y, pred, average=None / 'macro' /
    //   'weighted', zero_division=0), balanced_accuracy_score(y, pred)
    const m95 = classificationReport(binaryProbs, 2, y, ['no', 'yes'], 0.95);
    expectAllClose(
      m95.perClass.map((c) => c.precision),
      [0.55, 0],
    );
    expectAllClose(
      m95.perClass.map((c) => c.f1),
      [0.7096774193548387, 0],
    );
    expectAllClose([m95.macro.precision, m95.macro.recall, m95.macro.f1], [0.275, 0.5, 0.3548387096774194]);
    expectAllClose(
      [m95.weighted.precision, m95.weighted.recall, m95.weighted.f1],
      [0.30250000000000005, 0.55, 0.3903225806451613],
    );
    expect(m95.balancedAccuracy).toBeCloseTo(0.5, 12);
  });

  it('reports null, never NaN, for what one class alone leaves undefined', () => {
    const only = classificationReport([0.4, 0.6, 0.7, 0.3], 2, [0, 0], ['a', 'b']);
    expect(only.rocAuc).toBeNull();
    expect(only.averagePrecision).toBeNull();
    expect(only.roc[0]?.points).toEqual([]);
    expect(only.balancedAccuracy).toBe(0.5);
    expect(JSON.stringify(only)).not.toContain('NaN');
    expect(only.calibration.find((b) => b.count === 0)?.meanPredicted).toBeNull();
  });
});

// A 3-class case; rows 3, 8 are near-ties and class 2 is rarely the most probable.
const P3 = [
  [0.71, 0.17, 0.12],
  [0.64, 0.25, 0.11],
  [0.45, 0.44, 0.11],
  [0.38, 0.36, 0.26],
  [0.52, 0.16, 0.32],
  [0.23, 0.58, 0.19],
  [0.15, 0.77, 0.08],
  [0.36, 0.37, 0.27],
  [0.41, 0.43, 0.16],
  [0.29, 0.33, 0.38],
  [0.24, 0.48, 0.28],
  [0.47, 0.14, 0.39],
  [0.35, 0.27, 0.38],
  [0.56, 0.21, 0.23],
  [0.13, 0.86, 0.01],
];
const y3 = [0, 0, 1, 2, 0, 1, 1, 2, 0, 2, 2, 2, 0, 1, 1];

describe('classificationReport, multiclass', () => {
  const m = classificationReport(P3.flat(), 3, y3, ['a', 'b', 'c']);

  it('matches scikit-learn on the argmax metrics', () => {
    // reference: sklearn 1.2.1, pred = P.argmax(axis=1): accuracy_score, balanced_accuracy_score, confusion_matrix,
    //   precision_recall_fscore_support(y, pred, average=None / 'macro' / 'weighted', zero_division=0)
    expect(m.threshold).toBeNull();
    expect(m.thresholds).toEqual([]);
    expect(m.accuracy).toBeCloseTo(0.4666666666666667, 12);
    expect(m.balancedAccuracy).toBeCloseTo(0.4666666666666666, 12);
    expect(m.confusion).toEqual([
      [3, 1, 1],
      [2, 3, 0],
      [2, 2, 1],
    ]);
    expectAllClose(
      m.perClass.map((c) => c.precision),
      [3 / 7, 0.5, 0.5],
    );
    expectAllClose(
      m.perClass.map((c) => c.recall),
      [0.6, 0.6, 0.2],
    );
    expectAllClose(
      m.perClass.map((c) => c.f1),
      [0.5, 6 / 11, 2 / 7],
    );
    expect(m.perClass.map((c) => c.support)).toEqual([5, 5, 5]);
    expectAllClose(
      [m.macro.precision, m.macro.recall, m.macro.f1],
      [0.4761904761904762, 0.4666666666666666, 0.44372294372294374],
    );
    expectAllClose(
      [m.weighted.precision, m.weighted.recall, m.weighted.f1],
      [0.47619047619047616, 0.4666666666666667, 0.4437229437229437],
    );
    // reference: sklearn 1.2.1 log_loss(y, P)
    expect(m.logLoss).toBeCloseTo(0.8374154974861928, 12);
  });

  it('matches scikit-learn one-vs-rest ROC-AUC, average precision and curves', () => {
    // reference: sklearn 1.2.1 roc_auc_score(y, P, multi_class='ovr', average='macro');
    //   average_precision_score(label_binarize(y, classes=[0, 1, 2]), P, average='macro');
    //   per class c: roc_auc_score(y == c, P[:, c]), average_precision_score(y == c, P[:, c])
    expect(m.rocAuc).toBeCloseTo(0.8433333333333334, 12);
    expect(m.averagePrecision).toBeCloseTo(0.7790476190476191, 12);
    expectAllClose(
      m.perClass.map((c) => c.rocAuc),
      [0.8200000000000001, 0.8400000000000001, 0.87],
    );
    expectAllClose(
      m.perClass.map((c) => c.averagePrecision),
      [0.7642857142857142, 0.8433333333333333, 0.7295238095238095],
    );
    // reference: sklearn 1.2.1 fpr, tpr, th = roc_curve(y == c, P[:, c]) for c = 0, 1, 2 (th[1:] compared)
    expect(m.roc.map((c) => c.label)).toEqual(['a', 'b', 'c']);
    const [r0, r1, r2] = m.roc.map((c) => c.points);
    expectAllClose(
      (r0 ?? []).map((p) => p.x),
      [0.0, 0.0, 0.0, 0.1, 0.1, 0.3, 0.3, 0.5, 0.5, 1.0],
    );
    expectAllClose(
      (r0 ?? []).map((p) => p.y),
      [0.0, 0.2, 0.4, 0.4, 0.6, 0.6, 0.8, 0.8, 1.0, 1.0],
    );
    expect((r0 ?? []).map((p) => p.threshold)).toEqual([
      null,
      0.71,
      0.64,
      0.56,
      0.52,
      0.45,
      0.41,
      0.36,
      0.35,
      0.13,
    ]);
    expectAllClose(
      (r1 ?? []).map((p) => p.x),
      [0.0, 0.0, 0.0, 0.1, 0.1, 0.7, 0.7, 1.0],
    );
    expectAllClose(
      (r1 ?? []).map((p) => p.y),
      [0.0, 0.2, 0.6, 0.6, 0.8, 0.8, 1.0, 1.0],
    );
    expect((r1 ?? []).map((p) => p.threshold)).toEqual([null, 0.86, 0.58, 0.48, 0.44, 0.25, 0.21, 0.14]);
    expectAllClose(
      (r2 ?? []).map((p) => p.x),
      [0.0, 0.0, 0.1, 0.2, 0.2, 0.6, 0.8, 1.0],
    );
    expectAllClose(
      (r2 ?? []).map((p) => p.y),
      [0.0, 0.2, 0.4, 0.4, 1.0, 1.0, 1.0, 1.0],
    );
    expect((r2 ?? []).map((p) => p.threshold)).toEqual([null, 0.39, 0.38, 0.32, 0.26, 0.12, 0.11, 0.01]);
    expect(m.pr).toHaveLength(3);
  });

  it('calibrates the top-class probability against "top class correct"', () => {
    // reference: sklearn 1.2.1 conf = P.max(axis=1); correct = (P.argmax(axis=1) == y);
    //   prob_true, prob_pred = calibration_curve(correct, conf, n_bins=10, strategy='uniform');
    //   counts = np.bincount(np.searchsorted(np.linspace(0, 1, 11)[1:-1], conf), minlength=10);
    //   ece = np.sum(counts[counts > 0] / 15 * np.abs(prob_pred - prob_true))
    expect(m.calibration.map((b) => b.count)).toEqual([0, 0, 0, 4, 4, 3, 1, 2, 1, 0]);
    const filled = m.calibration.filter((b) => b.count > 0);
    expectAllClose(
      filled.map((b) => b.fractionPositive),
      [0.25, 0.0, 0.6666666666666666, 1.0, 1.0, 1.0],
    );
    expectAllClose(
      filled.map((b) => b.meanPredicted),
      [0.37749999999999995, 0.45749999999999996, 0.5533333333333333, 0.64, 0.74, 0.86],
    );
    expect(m.ece).toBeCloseTo(0.24666666666666662, 12);
  });

  it('breaks argmax ties towards the first class', () => {
    const tie = classificationReport([0.4, 0.4, 0.2, 0.2, 0.4, 0.4], 3, [1, 1], ['a', 'b', 'c']);
    expect(tie.confusion).toEqual([
      [0, 0, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(tie.accuracy).toBe(0.5);
  });
});
