import { describe, expect, it } from 'vitest';
import {
  type ColumnProfile,
  type DatasetProfile,
  VersionComparison,
  type VersionRecord,
} from '../../../../shared/data.js';
import { makeTable, schemaOf } from '../recipes/test-table.js';
import { compareVersions } from './compare-versions.js';

function version(id: string, rows: number, columns: ReturnType<typeof schemaOf>): VersionRecord {
  return {
    id,
    datasetId: 'd',
    number: 1,
    parentId: null,
    recipe: null,
    note: '',
    rows,
    columns,
    contentHash: id,
    target: null,
    task: null,
    split: null,
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}

function profile(versionId: string, cols: Partial<ColumnProfile>[]): DatasetProfile {
  return {
    versionId,
    rows: 0,
    target: null,
    computedMs: 1,
    columns: cols.map((c) => ({
      name: c.name ?? '',
      type: c.type ?? 'float',
      role: 'feature',
      count: 0,
      missing: c.missing ?? 0,
      distinct: c.distinct ?? 0,
      distinctApprox: false,
      numeric: c.numeric ?? null,
      categories: null,
      text: null,
      datetime: null,
      association: null,
    })),
  };
}

const numeric = (mean: number) => ({
  min: 0,
  max: 0,
  mean,
  std: 0,
  quantiles: {},
  zeros: 0,
  histogram: { edges: [], counts: [] },
});

describe('compareVersions', () => {
  it('lists row counts, added/removed columns, type changes and per-column deltas', () => {
    const ta = makeTable([
      { name: 'age', type: 'integer', values: [1, null, 3] },
      { name: 'city', type: 'categorical', values: ['a', 'b', null] },
      { name: 'old', type: 'text', values: ['x', 'y', 'z'] },
    ]);
    const tb = makeTable([
      { name: 'age', type: 'float', values: [1, 2] },
      { name: 'city', type: 'categorical', values: ['a', 'b'] },
      { name: 'age_missing', type: 'integer', values: [0, 1] },
    ]);
    const a = version('va', 3, schemaOf(ta));
    const b = version('vb', 2, schemaOf(tb));
    const pa = profile('va', [
      { name: 'age', missing: 1, distinct: 2, numeric: numeric(2) },
      { name: 'city', type: 'categorical', missing: 1, distinct: 2 },
      { name: 'old', type: 'text', distinct: 3 },
    ]);
    const pb = profile('vb', [
      { name: 'age', missing: 0, distinct: 2, numeric: numeric(1.5) },
      { name: 'city', type: 'categorical', missing: 0, distinct: 2 },
      { name: 'age_missing', type: 'integer', distinct: 2, numeric: numeric(0.5) },
    ]);
    const c = compareVersions(a, b, pa, pb);
    expect(VersionComparison.parse(c)).toEqual(c);
    expect(c).toEqual({
      a: 'va',
      b: 'vb',
      rows: { a: 3, b: 2 },
      addedColumns: ['age_missing'],
      removedColumns: ['old'],
      typeChanges: [{ column: 'age', from: 'integer', to: 'float' }],
      profileDeltas: [
        { column: 'age', missing: { a: 1, b: 0 }, mean: { a: 2, b: 1.5 }, distinct: { a: 2, b: 2 } },
        { column: 'city', missing: { a: 1, b: 0 }, mean: { a: null, b: null }, distinct: { a: 2, b: 2 } },
      ],
    });
  });

  it('falls back to the schema missing count when a profile lacks the column', () => {
    const t = makeTable([{ name: 'x', type: 'float', values: [null, null, 1] }]);
    const v = version('v', 3, schemaOf(t));
    const c = compareVersions(v, v, profile('v', []), profile('v', []));
    expect(c.profileDeltas).toEqual([
      { column: 'x', missing: { a: 2, b: 2 }, mean: { a: null, b: null }, distinct: { a: 0, b: 0 } },
    ]);
  });
});
