import { describe, expect, it } from 'vitest';
import { calibrationPoints, curveSeries } from './chart-series';

describe('chart series', () => {
  it('makes one coloured series per class curve', () => {
    const series = curveSeries([
      {
        label: 'a',
        points: [
          { x: 0, y: 0, threshold: null },
          { x: 1, y: 1, threshold: 0.2 },
        ],
      },
      { label: 'b', points: [{ x: 0.5, y: 0.4, threshold: 0.5 }] },
    ]);
    expect(series).toEqual([
      {
        label: 'a',
        color: 'var(--chart-1)',
        points: [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
      },
      { label: 'b', color: 'var(--chart-2)', points: [{ x: 0.5, y: 0.4 }] },
    ]);
  });

  it('keeps only calibration bins with rows', () => {
    expect(
      calibrationPoints([
        { lo: 0, hi: 0.1, count: 0, meanPredicted: null, fractionPositive: null },
        { lo: 0.1, hi: 0.2, count: 12, meanPredicted: 0.15, fractionPositive: 0.25 },
      ]),
    ).toEqual([{ x: 0.15, y: 0.25, count: 12 }]);
  });
});
