import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split/prng.js';
import { edgeLabels } from './edge-labels.js';
import { binOf, quantileEdges } from './quantile-edges.js';

describe('edgeLabels', () => {
  it('writes 4 significant digits without trailing zeros', () => {
    expect(edgeLabels([17, 0.123456, 12.5, 1234567, -7.25649], false)).toEqual([
      '17',
      '0.1235',
      '12.5',
      '1235000',
      '-7.256',
    ]);
  });

  it('uses more digits when neighbours would read the same', () => {
    expect(edgeLabels([1.00001, 1.00002, 2], false)).toEqual(['1.00001', '1.00002', '2']);
  });

  it('writes datetimes as UTC dates, with the time when one has it', () => {
    const d = (s: string) => Date.parse(s);
    expect(edgeLabels([d('2020-01-01T00:00:00Z'), d('2021-06-15T00:00:00Z')], true)).toEqual([
      '2020-01-01',
      '2021-06-15',
    ]);
    expect(edgeLabels([d('2020-01-01T00:00:00Z'), d('2020-01-01T12:30:00Z')], true)).toEqual([
      '2020-01-01 00:00',
      '2020-01-01 12:30',
    ]);
  });
});

describe('quantileEdges and binOf', () => {
  it('take edges at ranks ⌊k·n / bins⌋ and put each value in [lo, hi), the last bin closed', () => {
    const edges = quantileEdges(
      Float64Array.from({ length: 10 }, (_, i) => i + 1),
      5,
    );
    expect(edges).toEqual([1, 3, 5, 7, 9, 10]);
    expect([1, 2.9, 3, 8.99, 9, 10].map((v) => binOf(edges, v))).toEqual([0, 0, 1, 3, 4, 4]);
  });

  it('select the same edges as sorting would, with many repeated values', () => {
    const rand = mulberry32(7);
    for (const n of [1, 2, 7, 100, 5001]) {
      const values = Float64Array.from({ length: n }, () => (rand() < 0.6 ? 0 : Math.round(rand() * 50)));
      const sorted = values.slice().sort();
      const expected = [0, 1, 2, 3, 4, 5]
        .map((k) => (k === 5 ? (sorted[n - 1] as number) : (sorted[Math.floor((k * n) / 5)] as number)))
        .filter((v, i, all) => i === 0 || v !== all[i - 1]);
      expect(quantileEdges(values, 5), `n = ${n}`).toEqual(expected);
    }
  });

  it('give one edge for a constant column', () => {
    expect(quantileEdges(Float64Array.from([4, 4, 4]), 5)).toEqual([4]);
    expect(binOf([4], 4)).toBe(0);
    expect(quantileEdges(new Float64Array(0), 5)).toEqual([]);
  });
});
