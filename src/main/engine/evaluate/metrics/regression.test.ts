import { describe, expect, it } from 'vitest';
import { expectAllClose } from './expect-close.js';
import { regressionReport } from './regression.js';

const y = [3.2, 5.1, 2.7, 8.4, 6.6, 4.0, 7.3, 1.9, 5.5, 9.8, 3.6, 6.1];
const p = [2.9, 5.6, 3.1, 7.7, 6.0, 4.4, 7.9, 2.5, 5.2, 8.6, 3.3, 6.8];

describe('regressionReport', () => {
  const m = regressionReport(p, y);

  it('matches scikit-learn', () => {
    // reference: sklearn 1.2.1 mean_absolute_error(y, p), mean_squared_error(y, p, squared=False),
    //   r2_score(y, p), mean_absolute_percentage_error(y, p)
    expect(m.rows).toBe(12);
    expect(m.mae).toBeCloseTo(0.5500000000000002, 12);
    expect(m.rmse).toBeCloseTo(0.6013872850889574, 12);
    expect(m.r2).toBeCloseTo(0.9317073170731707, 12);
    expect(m.mape).toBeCloseTo(0.11560357570118801, 12);
  });

  it('bins the residuals actual − predicted as numpy.histogram does', () => {
    // reference: numpy (with sklearn 1.2.1) counts, edges = np.histogram(y - p, bins=20)
    expect(m.residualHistogram.map((b) => b.count)).toEqual([
      1, 2, 1, 2, 0, 0, 0, 0, 0, 0, 3, 0, 0, 1, 1, 0, 0, 0, 0, 1,
    ]);
    expectAllClose(
      m.residualHistogram.map((b) => b.lo),
      [
        -0.7000000000000002, -0.6050000000000001, -0.51, -0.41500000000000004, -0.31999999999999995,
        -0.22499999999999987, -0.1299999999999999, -0.03499999999999981, 0.060000000000000275,
        0.15500000000000036, 0.25000000000000044, 0.3450000000000004, 0.4400000000000004, 0.5350000000000006,
        0.6300000000000006, 0.7250000000000008, 0.8200000000000007, 0.9150000000000007, 1.010000000000001,
        1.1050000000000009,
      ],
    );
    expect(m.residualHistogram.at(-1)?.hi).toBeCloseTo(1.200000000000001, 12);
  });

  it('keeps every point of a small set, in order', () => {
    expect(m.points).toEqual(y.map((actual, i) => ({ predicted: p[i], actual })));
  });

  it('samples at most 2000 evenly spaced points of a large set', () => {
    const n = 5000;
    const big = regressionReport(
      Float64Array.from({ length: n }, (_, i) => i + 1),
      Float64Array.from({ length: n }, (_, i) => i),
    );
    expect(big.points).toHaveLength(2000);
    expect(big.points[0]).toEqual({ predicted: 1, actual: 0 });
    // Row floor(k × 5000 / 2000) = 2.5 k.
    expect(big.points[1]).toEqual({ predicted: 3, actual: 2 });
    expect(big.points[1999]).toEqual({ predicted: 4998, actual: 4997 });
    expect(big.residualHistogram).toEqual([{ lo: -1, hi: -1, count: n }]);
  });

  it('gives null R² for a constant target and skips zero targets in MAPE', () => {
    const c = regressionReport([1, 3, 2], [2, 2, 2]);
    expect(c.r2).toBeNull();
    expect(c.mape).toBeCloseTo(1 / 3, 12);
    const z = regressionReport([1, 3, 0.5], [0, 2, 0]);
    expect(z.mape).toBe(0.5);
    expect(regressionReport([1, 2], [0, 0]).mape).toBeNull();
  });
});
