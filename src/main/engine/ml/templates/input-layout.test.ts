import { describe, expect, it } from 'vitest';
import { type FeaturePipeline, type FittedFeature, PipelineOptions } from '../../../../shared/data.js';
import { featureOffsets, featureSlotNames } from '../../data/pipeline/layout.js';
import { inputArrays } from './input-arrays.js';
import { buildLayout, layoutOfModel, planLayout } from './input-layout.js';

function pipelineOf(features: FittedFeature[]): FeaturePipeline {
  return {
    formatVersion: 1,
    versionId: 'v',
    options: PipelineOptions.parse({}),
    features,
    denseWidth: featureOffsets(features).width,
    denseNames: features.flatMap(featureSlotNames),
    target: null,
    fittedOn: { split: 'train', rows: 1 },
  };
}

const num: FittedFeature = {
  kind: 'numeric',
  column: 'n',
  fill: 0,
  scaling: 'none',
  center: 0,
  scale: 1,
  missingIndicator: true,
};
const narrow: FittedFeature = {
  kind: 'categorical',
  column: 'a',
  encoding: 'index',
  vocabulary: ['x', 'y'],
  missingIndicator: false,
};
const wide: FittedFeature = {
  kind: 'categorical',
  column: 'w',
  encoding: 'index',
  vocabulary: Array.from({ length: 9 }, (_, i) => `w${i}`),
  missingIndicator: true,
};
const text: FittedFeature = { kind: 'text', column: 't', vocabulary: ['hi'], maxLength: 3, lowercase: true };

describe('input layout', () => {
  // Pipeline slots: n, n_missing, a, w, w_missing (text writes none).
  const p = pipelineOf([num, narrow, wide, text]);

  it('passes a one-hot pipeline through unchanged', () => {
    const onehot = pipelineOf([num, { ...narrow, encoding: 'onehot' }]);
    const l = planLayout(onehot, 0, false);
    expect(l.identity).toBe(true);
    expect(l.names).toEqual(['dense']);
    expect(l.denseWidth).toBe(onehot.denseWidth);
  });

  it('embeds wide index-encoded categoricals and one-hots the narrow ones', () => {
    const l = planLayout(p, 5, true);
    expect(l.names).toEqual(['dense', 'category_2', 'text_3']);
    // dense: n, n_missing, a=x, a=y, a=<unknown>, w_missing
    expect(l.denseWidth).toBe(6);
    expect(l.categories).toEqual([{ feature: 2, column: 'w', slot: 3, categories: 10 }]);
    expect(l.texts).toEqual([{ feature: 3, column: 't', maxLength: 3, vocabularySize: 3 }]);
    const dense = Float32Array.from(
      [
        // n, n_missing, a, w, w_missing
        [0.5, 0, 1, 4, 0],
        [-1, 1, 2, 9, 1],
      ].flat(),
    );
    const tokens = { t: Int32Array.from([2, 1, 0, 0, 0, 0]) };
    const a = inputArrays(l, { dense, tokens, target: null, rowCount: 2 });
    expect(Array.from(a.dense ?? [])).toEqual([0.5, 0, 0, 1, 0, 0, -1, 1, 0, 0, 1, 1]);
    expect(Array.from(a.categories[0] ?? [])).toEqual([4, 9]);
    expect(a.texts[0]).toBe(tokens.t);
  });

  it('one-hots every index categorical when embeddings are off, and leaves text out of the mlp', () => {
    const l = planLayout(p, 0, false);
    expect(l.names).toEqual(['dense']);
    expect(l.denseWidth).toBe(2 + 3 + 10 + 1);
    expect(l.identity).toBe(false);
  });

  it('is recovered from a model input names, and refuses names that do not fit the pipeline', () => {
    const l = planLayout(p, 5, true);
    expect(layoutOfModel(p, l.names)).toEqual(l);
    expect(buildLayout(p, new Set([2]), new Set([3]))).toEqual(l);
    expect(() => layoutOfModel(p, ['dense', 'category_0'])).toThrow(/do not match its feature pipeline/);
    expect(() => layoutOfModel(p, ['pixels'])).toThrow(/input "pixels"/);
  });

  it('refuses a model with no inputs at all', () => {
    expect(() => planLayout(pipelineOf([text]), 0, false)).toThrow(/no inputs/);
  });
});
