import { describe, expect, it } from 'vitest';
import { datasetDrift } from './dataset-drift.js';
import { featureDrift } from './feature-drift.js';

const A = Float64Array.from([0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06]);
const B = Float64Array.from([
  0.57, -0.1, 0.39, 1.04, 0.88, 1.2, 1.1, 0.71, 1.61, 0.53, 0.29, 1.48, 0.12, 0.87, 1.05,
]);

describe('datasetDrift', () => {
  const drifted = featureDrift(A, B, 'numeric'); // KS p ≈ 0.0398 < 0.05
  const stable = featureDrift(A, A, 'numeric'); // p = 1
  const empty = featureDrift(A, new Float64Array(0), 'numeric');

  it('is drifted when the share of drifted features reaches 0.5', () => {
    expect(drifted.drifted).toBe(true);
    expect(stable.drifted).toBe(false);
    expect(datasetDrift([drifted, stable, drifted, stable])).toEqual({
      drifted: true,
      share: 0.5,
      count: 2,
      total: 4,
      threshold: 0.5,
    });
    expect(datasetDrift([drifted, stable, stable]).drifted).toBe(false);
  });

  it('takes the share threshold as a parameter', () => {
    const r = datasetDrift([drifted, stable, drifted, stable], { share: 0.6 });
    expect(r.drifted).toBe(false);
    expect(r.threshold).toBe(0.6);
    expect(datasetDrift([drifted, stable, stable], { share: 0.3 }).drifted).toBe(true);
  });

  it('leaves features without a statistic out of the share', () => {
    const r = datasetDrift([drifted, stable, empty]);
    expect(r).toMatchObject({ share: 0.5, count: 1, total: 2, drifted: true });
    expect(datasetDrift([empty])).toEqual({ drifted: false, share: 0, count: 0, total: 0, threshold: 0.5 });
  });
});
