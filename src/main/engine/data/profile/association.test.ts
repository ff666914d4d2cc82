import { describe, expect, it } from 'vitest';
import { correlationRatio, cramersV, pearsonAbs } from './association.js';

const f = (xs: number[]) => Float64Array.from(xs);
const g = (xs: number[]) => Int32Array.from(xs);

describe('pearsonAbs', () => {
  it('is 1 for an exact (negative) linear relation and skips missing pairs', () => {
    expect(pearsonAbs(f([1, 2, Number.NaN, 4, 5]), f([10, 8, 0, 4, 2]))).toBeCloseTo(1, 12);
  });

  it('matches a hand computation', () => {
    // x 1 2 3 4, y 1 3 2 4: dx -1.5 -.5 .5 1.5, dy -1.5 .5 -.5 1.5 → Σdxdy 4, Σdx² 5, Σdy² 5 → r 0.8
    expect(pearsonAbs(f([1, 2, 3, 4]), f([1, 3, 2, 4]))).toBeCloseTo(0.8, 12);
  });

  it('is 0 when one side is constant', () => {
    expect(pearsonAbs(f([1, 1, 1]), f([1, 2, 3]))).toBe(0);
  });
});

describe('correlationRatio', () => {
  it('matches a hand computation', () => {
    // groups a: 1 2 3 (mean 2), b: 7 8 9 (mean 8); grand mean 5
    // SSB = 3·9 + 3·9 = 54; SST = 16+9+4+4+9+16 = 58 → η = sqrt(54/58)
    expect(correlationRatio(f([1, 2, 3, 7, 8, 9]), g([0, 0, 0, 1, 1, 1]), 2)).toBeCloseTo(
      Math.sqrt(54 / 58),
      12,
    );
  });

  it('ignores rows with a missing value or group', () => {
    const eta = correlationRatio(f([1, 2, 3, 7, 8, 9, 100, Number.NaN]), g([0, 0, 0, 1, 1, 1, -1, 0]), 2);
    expect(eta).toBeCloseTo(Math.sqrt(54 / 58), 12);
  });

  it('is 1 when groups determine the value', () => {
    expect(correlationRatio(f([5, 5, 9, 9]), g([0, 0, 1, 1]), 2)).toBeCloseTo(1, 12);
  });
});

describe('cramersV (bias-corrected)', () => {
  it('matches a hand computation on a 2x2 table', () => {
    // table [[30, 10], [10, 30]], n 80: χ² = 20, φ² = 0.25,
    // φ²c = 0.25 − 1/79, r̃ = c̃ = 2 − 1/79 → V = sqrt((0.25 − 1/79) / (1 − 1/79))
    const a: number[] = [];
    const b: number[] = [];
    const push = (x: number, y: number, k: number) => {
      for (let i = 0; i < k; i++) {
        a.push(x);
        b.push(y);
      }
    };
    push(0, 0, 30);
    push(0, 1, 10);
    push(1, 0, 10);
    push(1, 1, 30);
    expect(cramersV(g(a), 2, g(b), 2)).toBeCloseTo(Math.sqrt((0.25 - 1 / 79) / (1 - 1 / 79)), 12);
  });

  it('is 1 for a copy and 0 for independent codings', () => {
    const x = g(Array.from({ length: 300 }, (_, i) => i % 3));
    expect(cramersV(x, 3, x, 3)).toBeCloseTo(1, 12);
    const y = g(Array.from({ length: 300 }, (_, i) => Math.floor(i / 150)));
    expect(cramersV(x, 3, y, 2)).toBe(0);
  });
});
