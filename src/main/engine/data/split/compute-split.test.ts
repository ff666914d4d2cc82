import { describe, expect, it } from 'vitest';
import { SplitSpec } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { makeTable, readNaiveCsv } from '../recipes/test-table.js';
import { computeSplit, countParts } from './compute-split.js';
import { mulberry32 } from './prng.js';
import { splitCounts } from './split-counts.js';
import { apportion } from './stratify.js';

const adult = readNaiveCsv('adult_train.csv');
const spec = (s: Partial<SplitSpec>) => SplitSpec.parse({ method: 'random', ...s });

function classCounts(values: (string | null)[], assignment: Uint8Array, part: number): Map<string, number> {
  const m = new Map<string, number>();
  values.forEach((v, i) => {
    if (assignment[i] === part) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  });
  return m;
}

describe('split counts', () => {
  it('gives each part the floor of its share and the leftovers by largest remainder', () => {
    expect(splitCounts(32_561, { train: 0.7, validation: 0.15, test: 0.15 })).toEqual({
      train: 22_793,
      validation: 4884,
      test: 4884,
    });
    // 138 · (0.5, 0.25, 0.25) = 69, 34.5, 34.5 → the spare row goes to validation (tie: earlier part).
    expect(splitCounts(138, { train: 0.5, validation: 0.25, test: 0.25 })).toEqual({
      train: 69,
      validation: 35,
      test: 34,
    });
    expect(splitCounts(10, { train: 0.8, validation: 0, test: 0.2 })).toEqual({
      train: 8,
      validation: 0,
      test: 2,
    });
    expect(splitCounts(0, { train: 0.7, validation: 0.15, test: 0.15 })).toEqual({
      train: 0,
      validation: 0,
      test: 0,
    });
  });

  it('keeps every class within one row of its share while hitting the totals (random strata)', () => {
    const rand = mulberry32(11);
    const fractions = [
      { train: 0.7, validation: 0.15, test: 0.15 },
      { train: 0.5, validation: 0.25, test: 0.25 },
      { train: 0.34, validation: 0.33, test: 0.33 },
      { train: 0.8, validation: 0, test: 0.2 },
    ];
    const problems: string[] = [];
    for (let it = 0; it < 5000; it++) {
      const f = fractions[it % fractions.length] as (typeof fractions)[number];
      const sizes = Array.from({ length: 1 + Math.floor(rand() * 8) }, () =>
        Math.floor(rand() * (rand() < 0.5 ? 10 : 400)),
      );
      const totals = splitCounts(
        sizes.reduce((a, b) => a + b, 0),
        f,
      );
      const per = apportion(sizes, f, totals);
      const sum = (part: 'train' | 'validation' | 'test') => per.reduce((a, p) => a + p[part], 0);
      if (
        sum('train') !== totals.train ||
        sum('validation') !== totals.validation ||
        sum('test') !== totals.test
      ) {
        problems.push(`totals ${JSON.stringify({ sizes, f })}`);
      }
      per.forEach((p, c) => {
        const n = sizes[c] as number;
        if (p.train + p.validation + p.test !== n) problems.push(`sum ${JSON.stringify({ sizes, f, c })}`);
        for (const part of ['train', 'validation', 'test'] as const) {
          if (p[part] < 0 || Math.abs(p[part] - n * f[part]) > 1 + 1e-9)
            problems.push(`${part} ${JSON.stringify({ sizes, f, c, p })}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('computeSplit', () => {
  it('random: counts match, the same seed repeats, another seed differs', () => {
    const a = computeSplit(adult, spec({ seed: 42 }), null);
    expect(countParts(a)).toEqual({ train: 22_793, validation: 4884, test: 4884 });
    expect(computeSplit(adult, spec({ seed: 42 }), null)).toEqual(a);
    const b = computeSplit(adult, spec({ seed: 43 }), null);
    let same = 0;
    for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
    // Independent splits agree on about 0.7² + 2·0.15² = 54.5 % of rows.
    expect(same / a.length).toBeGreaterThan(0.5);
    expect(same / a.length).toBeLessThan(0.6);
  });

  it('stratified: keeps each class within one row of its share in every part', () => {
    const income = adult.columns.find((c) => c.name === 'income');
    if (income?.data.storage !== 'dict') throw new Error('income is categorical');
    const d = income.data;
    const values = Array.from(d.codes, (c) => (c < 0 ? null : (d.dictionary[c] as string)));
    const s = spec({ method: 'stratified', train: 0.6, validation: 0.2, test: 0.2, seed: 5 });
    const a = computeSplit(adult, s, { name: 'income', task: 'binary' });
    expect(countParts(a)).toEqual(splitCounts(adult.rowCount, s));
    const total = classCounts(values, new Uint8Array(a.length).fill(9), 9);
    for (const [part, share] of [
      [0, 0.6],
      [1, 0.2],
      [2, 0.2],
    ] as const) {
      const got = classCounts(values, a, part);
      for (const [cls, n] of total) expect(Math.abs((got.get(cls) ?? 0) - n * share)).toBeLessThanOrEqual(1);
    }
    // 7,841 of 32,561 rows are >50K.
    expect(total.get('>50K')).toBe(7841);
    expect(computeSplit(adult, s, { name: 'income', task: 'binary' })).toEqual(a);
  });

  it('stratified: spreads rows with a missing target like a class, and needs a classification target', () => {
    const t = makeTable([
      { name: 'y', type: 'categorical', values: [...Array(10).fill('a'), ...Array(10).fill(null)] },
    ]);
    const a = computeSplit(t, spec({ method: 'stratified', train: 0.6, validation: 0.2, test: 0.2 }), {
      name: 'y',
      task: 'binary',
    });
    expect(countParts(a.subarray(0, 10))).toEqual({ train: 6, validation: 2, test: 2 });
    expect(countParts(a.subarray(10))).toEqual({ train: 6, validation: 2, test: 2 });
    expect(() => computeSplit(t, spec({ method: 'stratified' }), null)).toThrow(AppError);
    expect(() => computeSplit(t, spec({ method: 'stratified' }), { name: 'y', task: 'regression' })).toThrow(
      /regression target/,
    );
  });

  it('time: oldest rows train, latest test, ties in row order; missing times are refused', () => {
    const times = [
      '2020-01-05',
      '2020-01-01',
      '2020-01-09',
      '2020-01-03',
      '2020-01-07',
      '2020-01-02',
      '2020-01-10',
      '2020-01-04',
      '2020-01-08',
      '2020-01-06',
    ];
    const t = makeTable([{ name: 'at', type: 'datetime', values: times }]);
    const a = computeSplit(
      t,
      spec({ method: 'time', timeColumn: 'at', train: 0.6, validation: 0.2, test: 0.2 }),
      null,
    );
    const part = (p: number) => times.filter((_, i) => a[i] === p).sort();
    expect(part(0)).toEqual([
      '2020-01-01',
      '2020-01-02',
      '2020-01-03',
      '2020-01-04',
      '2020-01-05',
      '2020-01-06',
    ]);
    expect(part(1)).toEqual(['2020-01-07', '2020-01-08']);
    expect(part(2)).toEqual(['2020-01-09', '2020-01-10']);

    const holes = makeTable([{ name: 'at', type: 'datetime', values: ['2020-01-01', null, null] }]);
    expect(() => computeSplit(holes, spec({ method: 'time', timeColumn: 'at' }), null)).toThrow(
      /"at" has 2 missing values/,
    );
    expect(() => computeSplit(adult, spec({ method: 'time', timeColumn: 'workclass' }), null)).toThrow(
      /"workclass" is categorical/,
    );
  });

  it('time on a shuffled stream: max(train time) ≤ min(validation time) ≤ … ≤ min(test time)', () => {
    // 5,000 rows whose timestamps arrive out of order (a seeded shuffle of one per minute).
    const n = 5000;
    const order = Array.from({ length: n }, (_, i) => i);
    let seed = 12345;
    for (let i = n - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const stream = makeTable([
      { name: 'at', type: 'float', values: order.map((k) => 1_700_000_000_000 + k * 60_000) },
    ]);
    const at = stream.columns[0];
    if (at?.data.storage !== 'number') throw new Error('at is numeric');
    const v = at.data.values;
    const a = computeSplit(stream, spec({ method: 'time', timeColumn: 'at' }), null);
    const range = (p: number) => {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < a.length; i++) {
        if (a[i] !== p) continue;
        lo = Math.min(lo, v[i] as number);
        hi = Math.max(hi, v[i] as number);
      }
      return [lo, hi] as const;
    };
    const [train, val, test] = [range(0), range(1), range(2)];
    expect(train[1]).toBeLessThanOrEqual(val[0]);
    expect(val[1]).toBeLessThanOrEqual(test[0]);
    expect(countParts(a)).toEqual(splitCounts(n, { train: 0.7, validation: 0.15, test: 0.15 }));
  });
});
