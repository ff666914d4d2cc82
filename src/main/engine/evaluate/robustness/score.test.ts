import { describe, expect, it } from 'vitest';
import { kept, robustnessScore, sensitivityRanking } from './score.js';

describe('kept', () => {
  it('is the share of accuracy kept, capped at 1', () => {
    expect(kept('binary', 0.8, { metric: 0.6, flipRate: 0.3 })).toBeCloseTo(0.75, 12);
    expect(kept('multiclass', 0.8, { metric: 0.9, flipRate: 0.1 })).toBe(1);
    expect(kept('binary', 0, { metric: 0, flipRate: 0.5 })).toBe(1);
  });
  it('is baseline mae / perturbed mae for regression', () => {
    expect(kept('regression', 2, { metric: 4, flipRate: 0.3 })).toBe(0.5);
    expect(kept('regression', 2, { metric: 1, flipRate: 0.3 })).toBe(1);
    expect(kept('regression', 0, { metric: 0, flipRate: 0 })).toBe(1);
  });
  it('is 1 − flip rate without labels, and undefined for a labeled point without a metric', () => {
    expect(kept('binary', null, { metric: null, flipRate: 0.25 })).toBe(0.75);
    expect(kept('binary', 0.8, { metric: null, flipRate: 0.25 })).toBeNull();
  });
});

describe('robustnessScore', () => {
  it('averages each family, then the families that have points', () => {
    const families = [
      [
        { metric: 0.8, flipRate: 0 },
        { metric: 0.4, flipRate: 0 },
      ], // kept 1, 0.5 → 0.75
      [{ metric: 0.6, flipRate: 0 }], // 0.75
      [], // no points: left out
      [{ metric: 0.2, flipRate: 0 }], // 0.25
    ];
    expect(robustnessScore('binary', 0.8, families)).toBeCloseTo((0.75 + 0.75 + 0.25) / 3, 12);
    expect(robustnessScore('binary', 0.8, [[], []])).toBe(1);
  });
});

describe('sensitivityRanking', () => {
  it('ranks by the largest loss of a feature’s own effects, then flip rate, then order', () => {
    const effects = new Map([
      ['a', [{ metric: 0.9, flipRate: 0.1 }]],
      [
        'b',
        [
          { metric: 0.95, flipRate: 0.05 },
          { metric: 0.5, flipRate: 0.4 },
        ],
      ],
      ['c', [{ metric: 1, flipRate: 0.2 }]],
      ['d', [{ metric: 1, flipRate: 0 }]],
    ]);
    expect(sensitivityRanking('binary', 1, ['d', 'c', 'a', 'b', 'e'], effects)).toEqual([
      { feature: 'b', score: 0.5 },
      { feature: 'a', score: expect.closeTo(0.1, 12) },
      { feature: 'c', score: 0 },
      { feature: 'd', score: 0 },
      { feature: 'e', score: 0 },
    ]);
  });
});
