import { describe, expect, it } from 'vitest';
import { DatasetProfile } from '../../../../shared/data.js';
import { computeProfile } from './profile.js';
import { readCsv } from './test-csv.js';
import { makeMeta, makeTable } from './test-table.js';

function col(p: DatasetProfile, name: string) {
  const c = p.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c;
}

describe('computeProfile on a hand-built table', () => {
  const table = makeTable([
    { name: 'age', type: 'integer', values: [20, 30, null, 40, 30, 0] },
    { name: 'score', type: 'float', values: [1.5, 2.5, 3.5, null, 4.5, 5.5] },
    { name: 'city', type: 'categorical', values: ['Oslo', 'Rome', 'Oslo', null, 'Bern', 'Rome'] },
    { name: 'vip', type: 'boolean', values: [true, false, true, true, null, false] },
    {
      name: 'seen',
      type: 'datetime',
      values: ['2024-01-02T00:00:00Z', null, '2023-05-01T12:00:00Z', null, null, '2024-03-01T00:00:00Z'],
    },
    { name: 'note', type: 'text', values: ['ok', '', 'fine', null, 'ok', 'héllo'] },
    { name: 'id', type: 'identifier', values: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] },
    { name: 'label', type: 'categorical', values: ['y', 'n', 'y', 'y', 'n', 'n'] },
  ]);
  const meta = makeMeta(table, {
    versionId: 'v1',
    target: 'label',
    task: 'binary',
    roles: { id: 'excluded' },
  });
  const p = computeProfile(table, meta);

  it('parses with the DatasetProfile schema', () => {
    expect(() => DatasetProfile.parse(p)).not.toThrow();
    expect(p.versionId).toBe('v1');
    expect(p.rows).toBe(6);
    expect(p.computedMs).toBeGreaterThanOrEqual(0);
  });

  it('profiles an integer column', () => {
    const c = col(p, 'age');
    expect(c).toMatchObject({ count: 6, missing: 1, distinct: 4, distinctApprox: false, role: 'feature' });
    // values 20 30 40 30 0 → sorted 0 20 30 30 40
    expect(c.numeric?.min).toBe(0);
    expect(c.numeric?.max).toBe(40);
    expect(c.numeric?.mean).toBe(24);
    // deviations -24 -4 6 6 16 → Σ² 576+16+36+36+256 = 920, /4 = 230
    expect(c.numeric?.std).toBeCloseTo(Math.sqrt(230), 12);
    expect(c.numeric?.zeros).toBe(1);
    expect(c.numeric?.quantiles).toEqual({
      p0: 0,
      p1: 0.8,
      p5: 4,
      p25: 20,
      p50: 30,
      p75: 30,
      p95: 38,
      p99: 39.6,
      p100: 40,
    });
    const h = c.numeric?.histogram;
    expect(h?.edges.length).toBe((h?.counts.length ?? 0) + 1);
    expect(h?.counts.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('profiles categorical, boolean, datetime and text columns', () => {
    const city = col(p, 'city');
    expect(city).toMatchObject({ missing: 1, distinct: 3, numeric: null });
    expect(city.categories).toEqual({
      top: [
        { value: 'Oslo', count: 2 },
        { value: 'Rome', count: 2 },
        { value: 'Bern', count: 1 },
      ],
      otherCount: 0,
    });
    const vip = col(p, 'vip');
    expect(vip).toMatchObject({ missing: 1, distinct: 2 });
    expect(vip.categories?.top).toEqual([
      { value: 'true', count: 3 },
      { value: 'false', count: 2 },
    ]);
    const seen = col(p, 'seen');
    expect(seen.missing).toBe(3);
    expect(seen.datetime).toEqual({ min: '2023-05-01T12:00:00.000Z', max: '2024-03-01T00:00:00.000Z' });
    expect(seen.numeric?.min).toBe(Date.parse('2023-05-01T12:00:00Z'));
    const note = col(p, 'note');
    expect(note).toMatchObject({ missing: 1, distinct: 4, numeric: null, categories: null });
    expect(note.text).toEqual({ minLength: 0, maxLength: 5, meanLength: 13 / 5, empty: 1 });
  });

  it('gives the class distribution and associations only for features', () => {
    expect(p.target).toEqual({
      name: 'label',
      distribution: [
        { value: 'n', count: 3 },
        { value: 'y', count: 3 },
      ],
    });
    expect(col(p, 'label').association).toBeNull();
    expect(col(p, 'id').association).toBeNull(); // excluded (and an identifier)
    expect(col(p, 'note').association).toBeNull(); // text
    expect(col(p, 'age').association?.measure).toBe('eta');
    expect(col(p, 'city').association?.measure).toBe('cramers_v');
    expect(col(p, 'vip').association?.measure).toBe('cramers_v');
    // vip vs label (pairwise): y→T,T,T ; n→F,F → a perfect 2x2 on n = 5
    // φ² = 1, φ²c = 1 − 1/4, r̃ = c̃ = 2 − 1/4 → V = sqrt(0.75 / 0.75) = 1
    expect(col(p, 'vip').association?.value).toBeCloseTo(1, 12);
  });
});

describe('computeProfile edge cases', () => {
  it('handles an empty table and a table without a target', () => {
    const empty = makeTable([
      { name: 'x', type: 'float', values: [] },
      { name: 'c', type: 'categorical', values: [] },
    ]);
    const p = computeProfile(empty, makeMeta(empty, { target: 'c' }));
    expect(() => DatasetProfile.parse(p)).not.toThrow();
    expect(col(p, 'x')).toMatchObject({ count: 0, missing: 0, distinct: 0, numeric: null });
    expect(p.target).toEqual({ name: 'c', distribution: [] });
    const t = makeTable([{ name: 'x', type: 'float', values: [1, null, null] }]);
    const q = computeProfile(t, makeMeta(t));
    expect(q.target).toBeNull();
    expect(col(q, 'x').association).toBeNull();
    expect(col(q, 'x').numeric?.histogram).toEqual({ edges: [1, 1], counts: [1] });
  });
});

describe('computeProfile without a task', () => {
  it('treats a 0/1 integer target as classes and a many-valued one as regression', () => {
    const t = makeTable([
      { name: 'x', type: 'float', values: [1, 2, 3, 4, 5, 6] },
      { name: 'flag', type: 'integer', values: [0, 1, 0, 1, 1, null] },
      { name: 'amount', type: 'integer', values: [5, 7, 9, 11, 13, 15] },
    ]);
    const byFlag = computeProfile(t, makeMeta(t, { target: 'flag' }));
    expect(byFlag.target?.distribution).toEqual([
      { value: '1', count: 3 },
      { value: '0', count: 2 },
    ]);
    expect(col(byFlag, 'x').association?.measure).toBe('eta');
    const byAmount = computeProfile(t, makeMeta(t, { target: 'amount' }));
    expect(col(byAmount, 'x').association).toEqual({ measure: 'pearson', value: expect.closeTo(1, 12) });
  });
});

describe('computeProfile for regression', () => {
  it('labels histogram bins and uses |Pearson r| and η', () => {
    const table = makeTable([
      { name: 'x', type: 'float', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
      { name: 'g', type: 'categorical', values: ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b'] },
      { name: 'y', type: 'integer', values: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20] },
    ]);
    const p = computeProfile(table, makeMeta(table, { target: 'y', task: 'regression' }));
    expect(col(p, 'x').association).toEqual({ measure: 'pearson', value: expect.closeTo(1, 12) });
    // y by g: means 6 and 16, grand mean 11 → SSB = 5·25·2 = 250; SST = 4·(81+49+25+9+1)·2/4 … = 330
    expect(col(p, 'g').association).toEqual({
      measure: 'eta',
      value: expect.closeTo(Math.sqrt(250 / 330), 12),
    });
    const dist = p.target?.distribution ?? [];
    expect(dist.reduce((a, b) => a + b.count, 0)).toBe(10);
    expect(dist[0]?.value).toMatch(/^\[2, \d+(\.\d+)?\)$/);
  });
});

describe('computeProfile above 200k values', () => {
  const n = 300_000;
  const values = Array.from({ length: n }, (_, i) => ((i * 7919) % n) / 1000); // a permutation of 0 … 299.999
  const table = makeTable([
    { name: 'u', type: 'float', values },
    { name: 'k', type: 'integer', values: values.map((v) => Math.floor(v) % 5) },
  ]);
  const meta = makeMeta(table);

  it('samples quantiles (p0/p100 exact, others close) reproducibly and estimates distinct', () => {
    const p = computeProfile(table, meta);
    const u = col(p, 'u');
    expect(u.numeric?.quantiles.p0).toBe(0);
    expect(u.numeric?.quantiles.p100).toBe(299.999);
    expect(u.numeric?.quantiles.p50).toBeCloseTo(150, -0.5); // within ±1.6
    expect(u.numeric?.quantiles.p25).toBeCloseTo(75, -0.5);
    expect(u.distinctApprox).toBe(true);
    expect(Math.abs(u.distinct - n) / n).toBeLessThan(0.03);
    expect(computeProfile(table, meta).columns[0]?.numeric?.quantiles).toEqual(u.numeric?.quantiles);
    const k = col(p, 'k');
    expect(k).toMatchObject({ distinct: 5, distinctApprox: false });
    expect(k.numeric?.histogram).toEqual({
      edges: [0, 1, 2, 3, 4, 5],
      counts: [60_000, 60_000, 60_000, 60_000, 60_000],
    });
  });
});

describe('computeProfile on real datasets', () => {
  it('Adult: missing counts, numpy quantiles, η and Cramér V against independent computations', () => {
    const { table, meta } = readCsv('adult_train.csv', { target: 'income', task: 'binary' });
    const p = computeProfile(table, meta);
    expect(() => DatasetProfile.parse(p)).not.toThrow();
    expect(p.rows).toBe(32_561);
    expect(col(p, 'workclass').missing).toBe(1836);
    expect(col(p, 'occupation').missing).toBe(1843);
    expect(col(p, 'native-country').missing).toBe(583);
    expect(p.target?.distribution).toEqual([
      { value: '<=50K', count: 24_720 },
      { value: '>50K', count: 7_841 },
    ]);
    // numpy 1.17: np.percentile(fnlwgt, [0,1,5,25,50,75,95,99,100]), mean, std(ddof=1), len(unique)
    const fnlwgt = col(p, 'fnlwgt');
    expect(fnlwgt.numeric?.quantiles).toEqual({
      p0: 12285,
      p1: expect.closeTo(27185.8, 6),
      p5: 39460,
      p25: 117827,
      p50: 178356,
      p75: 237051,
      p95: 379682,
      p99: 510072,
      p100: 1484705,
    });
    expect(fnlwgt.numeric?.mean).toBeCloseTo(189778.36651208502, 6);
    expect(fnlwgt.numeric?.std).toBeCloseTo(105549.97769702224, 6);
    expect(fnlwgt.distinct).toBe(21648);
    // numpy: correlation ratio of age by income, bias-corrected Cramér's V of sex and education with income
    expect(col(p, 'age').association?.value).toBeCloseTo(0.2340371026488575, 10);
    expect(col(p, 'sex').association?.value).toBeCloseTo(0.2159123541550845, 10);
    expect(col(p, 'education').association?.value).toBeCloseTo(0.3682189037932643, 10);
    expect(col(p, 'native-country').association?.value).toBeCloseTo(0.0930869404582092, 10);
    const nc = col(p, 'native-country');
    expect(nc.distinct).toBe(41);
    expect(nc.categories?.top[0]).toEqual({ value: 'United-States', count: 29_170 });
    expect(nc.categories?.top.length).toBe(20);
    expect(
      (nc.categories?.top.reduce((a, b) => a + b.count, 0) ?? 0) + (nc.categories?.otherCount ?? 0),
    ).toBe(32_561 - 583);
  });

  it('Iris: class counts, mean/std and η of each measurement', () => {
    const { table, meta } = readCsv('iris.csv', { target: 'class' });
    const p = computeProfile(table, meta);
    expect(p.target?.distribution.map((d) => d.count)).toEqual([50, 50, 50]);
    const sl = col(p, 'sepal_length');
    expect(sl.numeric?.mean).toBeCloseTo(5.843333333333334, 12);
    expect(sl.numeric?.std).toBeCloseTo(0.828066127977863, 12);
    expect(sl.numeric?.quantiles.p50).toBeCloseTo(5.8, 12);
    expect(sl.distinct).toBe(35);
    expect(sl.association?.value).toBeCloseTo(0.7865784962344735, 10);
    expect(col(p, 'petal_length').association?.value).toBeCloseTo(0.9702159417163925, 10);
  });

  it('WDBC and Bank: class counts', () => {
    const w = readCsv('breast_cancer_wdbc.csv', { target: 'diagnosis', types: { id: 'identifier' } });
    const pw = computeProfile(w.table, w.meta);
    expect(pw.target?.distribution).toEqual([
      { value: 'B', count: 357 },
      { value: 'M', count: 212 },
    ]);
    expect(col(pw, 'id')).toMatchObject({ distinct: 569, association: null });
    expect(col(pw, 'radius_mean').numeric?.std).toBeCloseTo(3.5240488262120775, 10);
    const b = readCsv('bank_full.csv', { target: 'y', task: 'binary' });
    const pb = computeProfile(b.table, b.meta);
    expect(pb.target?.distribution).toEqual([
      { value: 'no', count: 39_922 },
      { value: 'yes', count: 5_289 },
    ]);
    expect(col(pb, 'duration').association?.value).toBeCloseTo(0.3945210158945622, 10);
  });
});
