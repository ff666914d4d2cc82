import { describe, expect, it } from 'vitest';
import { degradationRows, effectRows, topSensitivity } from './robustness';

describe('robustness tables and curves', () => {
  it('orders a degradation curve by strength', () => {
    expect(
      degradationRows([
        { strength: 0.5, metric: 0.7, flipRate: 0.2 },
        { strength: 0, metric: 0.85, flipRate: 0 },
      ]),
    ).toEqual([
      { x: 0, metric: 0.85, flipRate: 0 },
      { x: 0.5, metric: 0.7, flipRate: 0.2 },
    ]);
  });

  it('ranks accuracy effects by the drop from the baseline', () => {
    const rows = effectRows(
      [
        { feature: 'age', metric: 0.8, flipRate: 0.05 },
        { feature: 'sex', metric: 0.6, flipRate: 0.3 },
        { feature: 'hours', metric: 0.86, flipRate: 0.01 },
        { feature: 'race', metric: null, flipRate: 0.2 },
      ],
      0.85,
      'accuracy',
    );
    expect(rows.map((r) => [r.feature, r.worse])).toEqual([
      ['sex', true],
      ['age', true],
      ['race', false],
      ['hours', false],
    ]);
    expect(rows[0]?.change).toBeCloseTo(-0.25, 12);
    expect(rows[2]?.change).toBeNull();
  });

  it('ranks error effects (mae) by the rise from the baseline', () => {
    const rows = effectRows(
      [
        { feature: 'a', metric: 1.1, flipRate: 0 },
        { feature: 'b', metric: 1.9, flipRate: 0 },
      ],
      1,
      'mae',
    );
    expect(rows.map((r) => r.feature)).toEqual(['b', 'a']);
    expect(rows.every((r) => r.worse)).toBe(true);
  });

  it('keeps the most sensitive features', () => {
    expect(
      topSensitivity(
        [
          { feature: 'a', score: 0.1 },
          { feature: 'b', score: 0.4 },
          { feature: 'c', score: 0.2 },
        ],
        2,
      ),
    ).toEqual([
      { feature: 'b', score: 0.4 },
      { feature: 'c', score: 0.2 },
    ]);
  });
});
