import { describe, expect, it } from 'vitest';
import type { SearchDimension, SearchSpace } from '../../../../shared/train.js';
import { applyValues } from './apply-values.js';
import { defaultSearchSpace } from './default-spaces.js';
import { sampleDimension, sampleTrialValues } from './sample-values.js';

const N = 4000;
const draws = (space: SearchSpace, seed = 11) =>
  Array.from({ length: N }, (_, k) => sampleTrialValues(space, seed, k));
const share = (xs: unknown[], pred: (x: unknown) => boolean) => xs.filter(pred).length / xs.length;

describe('sampling a search space', () => {
  const space = defaultSearchSpace('mlp');
  const samples = draws(space);

  it('keeps every value in its range, ints whole, choices from the list', () => {
    const bad = samples.filter(
      (v) =>
        !(
          (v.learningRate as number) >= 1e-4 &&
          (v.learningRate as number) <= 1e-2 &&
          Number.isInteger(v['mlp.units']) &&
          (v['mlp.units'] as number) >= 32 &&
          (v['mlp.units'] as number) <= 512 &&
          [1, 2, 3, 4].includes(v['mlp.hiddenLayers'] as number) &&
          [128, 256, 512].includes(v.batchSize as number) &&
          ['relu', 'elu', 'selu', 'swish'].includes(v['mlp.activation'] as string) &&
          (v['mlp.l2'] as number) > 0 &&
          (v['mlp.dropout'] as number) >= 0 &&
          (v['mlp.dropout'] as number) <= 0.5
        ),
    );
    expect(bad).toEqual([]);
    // Both ends of the int ranges are reached.
    expect(new Set(samples.map((v) => v['mlp.hiddenLayers']))).toEqual(new Set([1, 2, 3, 4]));
    expect(Math.min(...samples.map((v) => v['mlp.units'] as number))).toBe(32);
    expect(Math.max(...samples.map((v) => v['mlp.units'] as number))).toBe(512);
  });

  it('draws log-uniformly on a log scale and uniformly otherwise', () => {
    // log-uniform on [1e-4, 1e-2]: half the mass below the geometric midpoint 1e-3.
    expect(
      share(
        samples.map((v) => v.learningRate),
        (x) => (x as number) < 1e-3,
      ),
    ).toBeCloseTo(0.5, 1);
    // l2 on [1e-6, 1e-2]: a quarter below 1e-5.
    expect(
      share(
        samples.map((v) => v['mlp.l2']),
        (x) => (x as number) < 1e-5,
      ),
    ).toBeCloseTo(0.25, 1);
    // uniform dropout on [0, 0.5]: 40 % below 0.2.
    expect(
      share(
        samples.map((v) => v['mlp.dropout']),
        (x) => (x as number) < 0.2,
      ),
    ).toBeCloseTo(0.4, 1);
    // log-int units on [31.5, 512.5]: P(units ≤ 128) = ln(128.5/31.5) / ln(512.5/31.5) ≈ 0.504.
    const expected = Math.log(128.5 / 31.5) / Math.log(512.5 / 31.5);
    expect(
      share(
        samples.map((v) => v['mlp.units']),
        (x) => (x as number) <= 128,
      ),
    ).toBeCloseTo(expected, 1);
    for (const layers of [1, 2, 3, 4])
      expect(
        share(
          samples.map((v) => v['mlp.hiddenLayers']),
          (x) => x === layers,
        ),
      ).toBeCloseTo(0.25, 1);
    for (const b of [128, 256, 512])
      expect(
        share(
          samples.map((v) => v.batchSize),
          (x) => x === b,
        ),
      ).toBeCloseTo(1 / 3, 1);
  });

  it('maps the unit interval onto ints and choices evenly, edges included', () => {
    const d = { type: 'int', path: 'mlp.hiddenLayers', min: 1, max: 4, log: false } as const;
    expect([0, 0.24, 0.26, 0.49, 0.51, 0.74, 0.76, 0.999].map((u) => sampleDimension(d, u))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    const c: SearchDimension = { type: 'choice', path: 'batchSize', values: [128, 256] };
    expect([0, 0.49, 0.5, 0.9999].map((u) => sampleDimension(c, u))).toEqual([128, 128, 256, 256]);
    const f = { type: 'float', path: 'learningRate', min: 1e-4, max: 1e-2, log: true } as const;
    expect(sampleDimension(f, 0)).toBe(1e-4);
    expect(sampleDimension(f, 0.5)).toBe(0.001);
  });

  it('gives trial k the same values for the same seed, and others for another seed', () => {
    expect(sampleTrialValues(space, 11, 7)).toEqual(samples[7]);
    expect(sampleTrialValues(space, 12, 7)).not.toEqual(samples[7]);
    expect(samples[7]).not.toEqual(samples[8]);
  });
});

describe('applyValues', () => {
  it('sets dotted paths, keeps the rest and leaves the base alone', () => {
    const base = { learningRate: 0.1, mlp: { units: 8, batchNorm: true }, optimizer: 'sgd' as const };
    const out = applyValues(base, { learningRate: 0.003, 'mlp.units': 256, 'text.encoder': 'conv' });
    expect(out).toEqual({
      learningRate: 0.003,
      mlp: { units: 256, batchNorm: true },
      text: { encoder: 'conv' },
      optimizer: 'sgd',
    });
    expect(base).toEqual({ learningRate: 0.1, mlp: { units: 8, batchNorm: true }, optimizer: 'sgd' });
  });
});
