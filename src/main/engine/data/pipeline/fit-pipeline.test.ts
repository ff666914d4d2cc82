import { describe, expect, it } from 'vitest';
import { FeaturePipeline, PipelineOptions } from '../../../../shared/data.js';
import { makeTable, schemaOf } from '../recipes/test-table.js';
import type { Table } from '../table/types.js';
import { fitPipeline, type PipelineMeta } from './fit-pipeline.js';
import { transformTable } from './transform.js';

const options = (o: Partial<PipelineOptions> = {}) => PipelineOptions.parse(o);
const meta = (
  t: Table,
  target: string | null = null,
  task: PipelineMeta['task'] = null,
  roles = {},
): PipelineMeta => ({
  versionId: 'v1',
  columns: schemaOf(t, target ? { ...roles, [target]: 'target' } : roles),
  target,
  task,
});

// Rows 0-4 train, 5 validation, 6 test.
const split = Uint8Array.from([0, 0, 0, 0, 0, 1, 2]);
const table = makeTable([
  { name: 'x', type: 'float', values: [1, 2, 3, 4, null, 100, -100] },
  { name: 'n', type: 'integer', values: [5, 5, 5, 5, 5, 5, 9] },
  { name: 'flag', type: 'boolean', values: [true, true, false, null, true, false, false] },
  { name: 'color', type: 'categorical', values: ['red', 'blue', 'red', 'green', null, 'pink', 'blue'] },
  { name: 'id', type: 'identifier', values: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
  { name: 'y', type: 'categorical', values: ['yes', 'no', 'yes', 'no', 'no', 'maybe', 'yes'] },
]);

describe('fitPipeline', () => {
  it('fits numeric features on train rows only, with each scaling', () => {
    // train x = 1, 2, 3, 4 (one missing): mean 2.5, population std √1.25, median 2.5, IQR 3.25 − 1.75 = 1.5
    const std = fitPipeline(table, meta(table), split, options()).features[0];
    expect(std).toEqual({
      kind: 'numeric',
      column: 'x',
      fill: 2.5,
      scaling: 'standard',
      center: 2.5,
      scale: Math.sqrt(1.25),
      missingIndicator: true,
    });
    const mm = fitPipeline(table, meta(table), split, options({ numericScaling: 'minmax' })).features[0];
    expect(mm).toMatchObject({ center: 1, scale: 3 });
    const robust = fitPipeline(table, meta(table), split, options({ numericScaling: 'robust' })).features[0];
    expect(robust).toMatchObject({ center: 2.5, scale: 1.5 });
    const none = fitPipeline(
      table,
      meta(table),
      split,
      options({ numericScaling: 'none', missingIndicators: false }),
    ).features[0];
    expect(none).toMatchObject({ center: 0, scale: 1, missingIndicator: false });
    // n is constant in train: std 0 → scale 1; no missing → no indicator.
    expect(fitPipeline(table, meta(table), split, options()).features[1]).toMatchObject({
      center: 5,
      scale: 1,
      missingIndicator: false,
    });
  });

  it('fits booleans and categories; identifiers and excluded columns are skipped', () => {
    const p = fitPipeline(table, meta(table, 'y', 'multiclass', { n: 'excluded' }), split, options());
    expect(p.features.map((f) => f.column)).toEqual(['x', 'flag', 'color']);
    expect(p.features[1]).toEqual({ kind: 'boolean', column: 'flag', fill: 1, missingIndicator: true });
    // train colors: red ×2, blue, green (pink only in validation)
    expect(p.features[2]).toEqual({
      kind: 'categorical',
      column: 'color',
      encoding: 'onehot',
      vocabulary: ['red', 'blue', 'green'],
      missingIndicator: true,
    });
    expect(p.denseNames).toEqual([
      'x',
      'x_missing',
      'flag',
      'flag_missing',
      'color=red',
      'color=blue',
      'color=green',
      'color=<unknown>',
      'color_missing',
    ]);
    expect(p.denseWidth).toBe(9);
    expect(p.target).toEqual({
      column: 'y',
      task: 'multiclass',
      classes: ['no', 'yes'],
      center: 0,
      scale: 1,
    });
    expect(p.fittedOn).toEqual({ split: 'train', rows: 5 });
  });

  it('respects minCategoryCount, maxCategories and index encoding', () => {
    const p = fitPipeline(
      table,
      meta(table),
      split,
      options({ minCategoryCount: 2, categoricalEncoding: 'index' }),
    );
    const color = p.features.find((f) => f.column === 'color');
    expect(color).toMatchObject({ vocabulary: ['red'], encoding: 'index' });
    const capped = fitPipeline(table, meta(table), null, options({ maxCategories: 2 })).features.find(
      (f) => f.column === 'color',
    );
    // all rows: blue ×2, red ×2, green, pink → ties by code point
    expect(capped).toMatchObject({ vocabulary: ['blue', 'red'] });
    const out = transformTable(p, table);
    const at = p.denseNames.indexOf('color');
    expect(Array.from({ length: 7 }, (_, r) => out.dense[r * p.denseWidth + at])).toEqual([
      0, 1, 0, 1, 1, 1, 1,
    ]);
  });

  it('encodes datetimes as a scaled year and sin/cos cycles', () => {
    const dates = ['2020-03-01T10:00:00Z', '2022-12-31T23:30:00Z', null, '2024-07-15T00:00:00Z'];
    const t = makeTable([{ name: 'at', type: 'datetime', values: dates }]);
    const p = fitPipeline(
      t,
      meta(t),
      null,
      options({ datetimeParts: ['year', 'month', 'weekday', 'hour', 'day'] }),
    );
    const f = p.features[0];
    // years 2020, 2022, 2024 → mean 2022, std √(8/3)
    expect(f).toMatchObject({ kind: 'datetime', yearCenter: 2022, missingIndicator: true });
    expect((f as { yearScale: number }).yearScale).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(p.denseNames).toEqual([
      'at.year',
      'at.month_sin',
      'at.month_cos',
      'at.weekday_sin',
      'at.weekday_cos',
      'at.hour_sin',
      'at.hour_cos',
      'at.day_sin',
      'at.day_cos',
      'at_missing',
    ]);
    const out = transformTable(p, t);
    const w = p.denseWidth;
    dates.forEach((iso, r) => {
      const row = Array.from(out.dense.subarray(r * w, r * w + w));
      if (iso === null) {
        expect(row).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        return;
      }
      const d = new Date(iso);
      const cyc = (v: number, period: number) => [
        Math.fround(Math.sin((2 * Math.PI * v) / period)),
        Math.fround(Math.cos((2 * Math.PI * v) / period)),
      ];
      expect(row).toEqual([
        Math.fround((d.getUTCFullYear() - 2022) / Math.sqrt(8 / 3)),
        ...cyc(d.getUTCMonth(), 12),
        ...cyc(d.getUTCDay(), 7),
        ...cyc(d.getUTCHours(), 24),
        ...cyc(d.getUTCDate() - 1, 31),
        0,
      ]);
    });
  });

  it('tokenizes text (lowercase, Unicode letters and digits) with a train vocabulary', () => {
    const t = makeTable([
      {
        name: 'review',
        type: 'text',
        values: ['Great café, GREAT food!', 'über-good 12 cafés', null, 'great unseen words here'],
      },
      { name: 'k', type: 'integer', values: [1, 2, 3, 4] },
    ]);
    const p = fitPipeline(
      t,
      meta(t),
      Uint8Array.from([0, 0, 0, 2]),
      options({ textVocabularySize: 10, textMaxLength: 4 }),
    );
    const f = p.features[0];
    expect(f).toEqual({
      kind: 'text',
      column: 'review',
      vocabulary: ['great', '12', 'café', 'cafés', 'food', 'good', 'über'],
      maxLength: 4,
      lowercase: true,
    });
    expect(p.denseNames).toEqual(['k']);
    const ids = transformTable(p, t).tokens.review;
    expect(Array.from(ids ?? [])).toEqual([
      2, 4, 2, 6, /* über good 12 cafés */ 8, 7, 3, 5, /* missing */ 0, 0, 0, 0,
      /* great unseen words here */ 2, 1, 1, 1,
    ]);
  });

  it('fits regression targets with mean and std, and serialises to JSON that parses back', () => {
    const t = makeTable([
      { name: 'x', type: 'float', values: [1, 2, 3, 4] },
      { name: 'price', type: 'float', values: [10, 20, 30, 1000] },
    ]);
    const p = fitPipeline(t, meta(t, 'price', 'regression'), Uint8Array.from([0, 0, 0, 2]), options());
    expect(p.target).toMatchObject({ task: 'regression', classes: null, center: 20 });
    expect(p.target?.scale).toBeCloseTo(Math.sqrt(200 / 3), 12);
    const out = transformTable(p, t);
    expect(out.target?.[3]).toBeCloseTo((1000 - 20) / Math.sqrt(200 / 3), 4);
    const again = FeaturePipeline.parse(JSON.parse(JSON.stringify(p)));
    expect(again).toEqual(p);
    const full = fitPipeline(table, meta(table, 'y', 'multiclass'), split, options());
    expect(FeaturePipeline.parse(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it('refuses a split without train rows and a one-class target', () => {
    expect(() => fitPipeline(table, meta(table), new Uint8Array(7).fill(2), options())).toThrow(
      /no train rows/,
    );
    const t = makeTable([
      { name: 'x', type: 'float', values: [1, 2] },
      { name: 'y', type: 'categorical', values: ['a', 'a'] },
    ]);
    expect(() => fitPipeline(t, meta(t, 'y', 'binary'), null, options())).toThrow(/only one class \(a\)/);
  });
});
