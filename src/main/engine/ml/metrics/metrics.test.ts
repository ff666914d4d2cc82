import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split/prng.js';
import { rocAuc } from './auc.js';
import { binaryMetrics, multiclassMetrics } from './classification.js';
import { regressionMetrics } from './regression.js';

/** AUC by counting every positive–negative pair (ties count one half): the definition, O(n²). */
function pairAuc(scores: number[], labels: number[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((t, j) => {
      if (labels[j] !== 0) return;
      pairs++;
      wins += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('binary metrics', () => {
  it('match values computed by hand', () => {
    const m = binaryMetrics([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 1]);
    // loss = -(ln .9 + ln .8 + ln .4 + ln .4) / 4
    expect(m.loss).toBeCloseTo((0.1053605 + 0.2231436 + 0.9162907 + 0.9162907) / 4, 6);
    expect(m.accuracy).toBe(0.5);
    // positives 0.9, 0.4 vs negatives 0.2, 0.6: 3 of 4 pairs ordered right
    expect(m.auc).toBe(0.75);
  });

  it('count ties as one half and predict class 1 only above 0.5', () => {
    const m = binaryMetrics([0.5, 0.5, 0.5, 0.8], [1, 0, 0, 1]);
    expect(m.auc).toBe(0.75);
    expect(m.accuracy).toBe(0.75);
  });

  it('clip probabilities of 0 and 1 instead of giving an infinite loss', () => {
    const m = binaryMetrics([0, 1], [1, 0]);
    expect(m.loss).toBeCloseTo(-Math.log(1e-7), 4);
    expect(m.auc).toBe(0);
  });

  it('leave AUC out when only one class occurs', () => {
    expect(binaryMetrics([0.2, 0.7], [1, 1]).auc).toBeUndefined();
    expect(rocAuc([0.2, 0.7], [0, 0])).toBeNull();
  });

  it('rank-based AUC equals the pair count on random scores with many ties', () => {
    const rand = mulberry32(3);
    const scores = Array.from({ length: 300 }, () => Math.round(rand() * 20) / 20);
    const labels = scores.map((s) => (rand() < s ? 1 : 0));
    expect(rocAuc(scores, labels)).toBeCloseTo(pairAuc(scores, labels), 12);
  });
});

describe('multiclass metrics', () => {
  it('match values computed by hand', () => {
    const probs = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.3, 0.3, 0.4];
    const m = multiclassMetrics(probs, 3, [0, 1, 2]);
    expect(m.accuracy).toBeCloseTo(2 / 3, 12);
    expect(m.loss).toBeCloseTo((0.3566749 + 1.2039728 + 0.9162907) / 3, 6);
    expect(m.auc).toBeUndefined();
  });

  it('break ties towards the first class', () => {
    expect(multiclassMetrics([0.4, 0.4, 0.2], 3, [1]).accuracy).toBe(0);
    expect(multiclassMetrics([0.4, 0.4, 0.2], 3, [0]).accuracy).toBe(1);
  });
});

describe('regression metrics', () => {
  it('report loss on the standardised scale and rmse, mae, r2 in original units', () => {
    const m = regressionMetrics([0, 1, -1, 0.5], [0.5, 1, 0, 0.5], 2);
    expect(m.loss).toBeCloseTo(0.3125, 12);
    expect(m.rmse).toBeCloseTo(Math.sqrt(0.3125) * 2, 12);
    expect(m.mae).toBeCloseTo(0.75, 12);
    expect(m.r2).toBeCloseTo(-1.5, 12);
  });

  it('give the same rmse, mae and r2 as computing on the original values', () => {
    const rand = mulberry32(9);
    const center = 120;
    const scale = 35;
    const y = Array.from({ length: 50 }, () => center + scale * (rand() * 4 - 2));
    const yhat = y.map((v) => v + (rand() - 0.5) * 20);
    const std = (v: number) => (v - center) / scale;
    const m = regressionMetrics(yhat.map(std), y.map(std), scale);
    const mean = y.reduce((a, b) => a + b, 0) / y.length;
    const sse = y.reduce((a, v, i) => a + (v - (yhat[i] as number)) ** 2, 0);
    const sst = y.reduce((a, v) => a + (v - mean) ** 2, 0);
    expect(m.rmse).toBeCloseTo(Math.sqrt(sse / y.length), 9);
    expect(m.mae).toBeCloseTo(y.reduce((a, v, i) => a + Math.abs(v - (yhat[i] as number)), 0) / y.length, 9);
    expect(m.r2).toBeCloseTo(1 - sse / sst, 9);
  });

  it('leave r2 out for a constant target', () => {
    expect(regressionMetrics([1, 2], [1, 1], 1).r2).toBeUndefined();
  });
});
