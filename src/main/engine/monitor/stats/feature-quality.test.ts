import { describe, expect, it } from 'vitest';
import { FeatureQuality } from '../../../../shared/monitor.js';
import { featureQuality } from './feature-quality.js';
import { numericSample } from './numeric-sample.js';

const NaN_ = Number.NaN;

describe('featureQuality: numeric', () => {
  const ref = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, NaN_, NaN_]); // range [1, 8], 20% missing

  it('counts missing and out-of-range values against the reference', () => {
    const cur = Float64Array.from([0, 1, 8, 9, 5, NaN_, Number.POSITIVE_INFINITY, 4]);
    const q = featureQuality(ref, cur, 'numeric');
    expect(q).toEqual({
      kind: 'numeric',
      rows: 8,
      missing: 1,
      missingRate: 1 / 8,
      referenceRows: 10,
      referenceMissingRate: 0.2,
      typeErrors: 0,
      typeErrorRate: 0,
      outOfRange: 3, // 0, 9 and +Infinity; the bounds 1 and 8 are in range
      outOfRangeShare: 3 / 7,
      referenceMin: 1,
      referenceMax: 8,
    });
    expect(FeatureQuality.parse(q)).toEqual(q);
  });

  it('takes type errors from the caller and does not count them as missing', () => {
    const cur = numericSample(Float64Array.from([2, NaN_, NaN_, NaN_]));
    const q = featureQuality(numericSample(ref), cur, 'numeric', { typeErrors: 2 });
    expect(q.missing).toBe(1);
    expect(q.missingRate).toBe(0.25);
    expect(q.typeErrors).toBe(2);
    expect(q.typeErrorRate).toBe(0.5);
    expect(q.outOfRange).toBe(0);
  });

  it('gives rates of 0 for an empty window and no range for an empty reference', () => {
    const q = featureQuality(ref, new Float64Array(0), 'numeric');
    expect(q.missingRate).toBe(0);
    expect(q.outOfRangeShare).toBe(0);
    const noRef = featureQuality(Float64Array.from([NaN_]), Float64Array.from([5]), 'numeric');
    expect(noRef.referenceMin).toBeNull();
    expect(noRef.outOfRange).toBe(0);
    expect(noRef.referenceMissingRate).toBe(1);
  });
});

describe('featureQuality: categorical', () => {
  it('counts unseen categories and lists them most frequent first', () => {
    const ref = ['a', 'b', 'c', 'a', null];
    const cur = ['a', 'z', 'y', 'z', null, 'b', 'y', 'z', null, 'x'];
    const q = featureQuality(ref, cur, 'categorical', { typeErrors: 1 });
    expect(q).toEqual({
      kind: 'categorical',
      rows: 10,
      missing: 1, // two nulls, one of them a type error
      missingRate: 0.1,
      referenceRows: 5,
      referenceMissingRate: 0.2,
      typeErrors: 1,
      typeErrorRate: 0.1,
      unseen: 6, // z ×3, y ×2, x ×1 among 8 present values
      unseenShare: 6 / 8,
      unseenCategories: ['z', 'y', 'x'],
    });
    expect(FeatureQuality.parse(q)).toEqual(q);
  });
});
