import { describe, expect, it } from 'vitest';
import type { ThresholdPoint } from '../../../../../shared/evaluate';
import { metricsAtThreshold, nearestThresholdPoint } from './threshold';

const points: ThresholdPoint[] = [
  { threshold: 0, tp: 5, fp: 5, tn: 0, fn: 0 },
  { threshold: 0.5, tp: 3, fp: 1, tn: 4, fn: 2 },
  { threshold: 1, tp: 0, fp: 0, tn: 5, fn: 5 },
];

describe('decision threshold', () => {
  it('picks the nearest stored threshold', () => {
    expect(nearestThresholdPoint(points, 0.46)?.threshold).toBe(0.5);
    expect(nearestThresholdPoint(points, 0.8)?.threshold).toBe(1);
    expect(nearestThresholdPoint(points, 0.25)?.threshold).toBe(0);
    expect(nearestThresholdPoint([], 0.5)).toBeNull();
  });

  it('recomputes accuracy, precision, recall, F1 and the confusion matrix', () => {
    // reference: sklearn 1.2.1 with y=[1,1,1,0,0,0,0,0,1,1], pred=[1,1,1,1,0,0,0,0,0,0]
    // (tp 3, fp 1, tn 4, fn 2): accuracy_score 0.7, precision_score 0.75, recall_score 0.6,
    // f1_score 0.6666666666666665, confusion_matrix [[4, 1], [2, 3]]
    const m = metricsAtThreshold(points, 0.5);
    expect(m?.threshold).toBe(0.5);
    expect(m?.accuracy).toBeCloseTo(0.7, 12);
    expect(m?.precision).toBeCloseTo(0.75, 12);
    expect(m?.recall).toBeCloseTo(0.6, 12);
    expect(m?.f1).toBeCloseTo(0.6666666666666665, 12);
    expect(m?.confusion).toEqual([
      [4, 1],
      [2, 3],
    ]);
  });

  it('scores 0 where nothing is predicted positive', () => {
    // reference: sklearn 1.2.1 y=[1,1,0,0], pred=[0,0,0,0]: accuracy 0.5,
    // precision_score(zero_division=0) 0.0, recall 0.0, f1_score(zero_division=0) 0.0
    const m = metricsAtThreshold([{ threshold: 1, tp: 0, fp: 0, tn: 2, fn: 2 }], 0.9);
    expect(m).toMatchObject({ accuracy: 0.5, precision: 0, recall: 0, f1: 0 });
    expect(metricsAtThreshold([], 0.5)).toBeNull();
  });
});
