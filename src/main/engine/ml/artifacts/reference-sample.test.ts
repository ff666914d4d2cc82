import { describe, expect, it } from 'vitest';
import { buildTable } from '../../test-support/build-table.js';
import { referenceSample } from './reference-sample.js';

describe('referenceSample', () => {
  const n = 50;
  const table = buildTable([
    { name: 'x', type: 'float', values: Array.from({ length: n }, (_, i) => (i % 10 === 0 ? null : i / 2)) },
    {
      name: 'c',
      type: 'categorical',
      values: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : `k${i % 3}`)),
    },
    { name: 'on', type: 'boolean', values: Array.from({ length: n }, (_, i) => i % 2 === 0) },
  ]);
  const features = [
    { name: 'x', storage: 'number' as const },
    { name: 'c', storage: 'dict' as const },
    { name: 'on', storage: 'number' as const },
  ];
  const train = Int32Array.from({ length: 40 }, (_, i) => i + 5); // rows 5..44

  it('keeps every train row, in order, when there are few', () => {
    const s = referenceSample(table, train, features, 1);
    expect(s).toMatchObject({ formatVersion: 1, rows: 40, trainRows: 40, seed: 1 });
    const x = s.columns.find((c) => c.name === 'x');
    expect(x?.kind).toBe('numeric');
    expect(x?.values.slice(0, 6)).toEqual([2.5, 3, 3.5, 4, 4.5, null]); // row 10 is missing
    expect(s.columns.find((c) => c.name === 'c')?.values.slice(0, 3)).toEqual(['k2', 'k0', null]); // row 7 missing
    expect(s.columns.find((c) => c.name === 'on')?.values.slice(0, 2)).toEqual([0, 1]);
  });

  it('draws a seeded sample without replacement, in table order, when there are many', () => {
    const a = referenceSample(table, train, features, 7, 10);
    const b = referenceSample(table, train, features, 7, 10);
    const c = referenceSample(table, train, features, 8, 10);
    expect(a).toEqual(b);
    expect(a.rows).toBe(10);
    expect(a.trainRows).toBe(40);
    const on = a.columns.find((col) => col.name === 'x')?.values ?? [];
    expect(on).not.toEqual(c.columns.find((col) => col.name === 'x')?.values);
    // Values come from distinct train rows in ascending order: x = row / 2 where present.
    const rows = (a.columns.find((col) => col.name === 'x')?.values ?? []).filter(
      (v) => v !== null,
    ) as number[];
    for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeGreaterThan(rows[i - 1] as number);
    for (const v of rows) expect(v * 2).toBeGreaterThanOrEqual(5);
  });
});
