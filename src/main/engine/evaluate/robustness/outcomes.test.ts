import { describe, expect, it } from 'vitest';
import { decisions, flipRate, mainMetric } from './outcomes.js';

describe('decisions', () => {
  it('takes class 1 at P(class 1) ≥ 0.5 for binary and the first most probable class for multiclass', () => {
    const bin = { values: Float32Array.from([0.6, 0.4, 0.5, 0.5, 0.2, 0.8]), width: 2 };
    expect(Array.from(decisions('binary', bin, 3))).toEqual([0, 1, 1]);
    const multi = { values: Float32Array.from([0.2, 0.5, 0.3, 0.4, 0.2, 0.4]), width: 3 };
    expect(Array.from(decisions('multiclass', multi, 2))).toEqual([1, 0]);
    expect(
      Array.from(decisions('regression', { values: Float32Array.from([1.5, -2]), width: 1 }, 2)),
    ).toEqual([1.5, -2]);
  });
  it('refuses outputs of the wrong size', () => {
    expect(() => decisions('binary', { values: new Float32Array(5), width: 2 }, 3)).toThrow(/5 outputs/);
  });
});

describe('mainMetric and flipRate', () => {
  const pred = Float64Array.from([1, 0, 1, 1]);
  it('scores accuracy over labeled rows, optionally at resampled positions', () => {
    expect(mainMetric('binary', pred, Float64Array.from([1, 1, Number.NaN, 1]))).toBeCloseTo(2 / 3, 12);
    expect(
      mainMetric('binary', pred, Float64Array.from([1, 1, 0, 1]), Int32Array.from([1, 1, 0])),
    ).toBeCloseTo(1 / 3, 12);
    expect(mainMetric('binary', pred, null)).toBeNull();
    expect(
      mainMetric('binary', pred, Float64Array.from([Number.NaN, Number.NaN, Number.NaN, Number.NaN])),
    ).toBeNull();
  });
  it('scores mae for regression', () => {
    expect(mainMetric('regression', Float64Array.from([1, 2, 3]), Float64Array.from([2, 2, 1]))).toBe(1);
  });
  it('counts changed classes, or regression moves beyond the tolerance', () => {
    expect(flipRate('binary', pred, Float64Array.from([1, 1, 0, 1]), 0)).toBe(0.5);
    expect(
      flipRate('regression', Float64Array.from([0, 0, 0, 0]), Float64Array.from([0.05, -0.2, 0.1, 1]), 0.1),
    ).toBe(0.5);
  });
});
