import { describe, expect, it } from 'vitest';
import { PipelineOptions } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { cellsOf, makeTable, schemaOf } from '../recipes/test-table.js';
import type { Table } from '../table/types.js';
import { fitPipeline } from './fit-pipeline.js';
import { transformRecords, transformTable } from './transform.js';

const table = makeTable([
  { name: 'x', type: 'float', values: [1.25, null, 3, 1e300, -7, 0.1] },
  { name: 'flag', type: 'boolean', values: [true, false, null, true, false, true] },
  { name: 'color', type: 'categorical', values: ['red', 'blue', null, 'red', 'teal', 'blue'] },
  {
    name: 'at',
    type: 'datetime',
    values: ['2021-05-01T08:00:00Z', null, '1999-12-31T23:59:59Z', '2030-01-01', '2021-05-02', '2021-05-03'],
  },
  {
    name: 'note',
    type: 'text',
    values: ['Hello world', 'world', null, 'hello again world', 'new words', ''],
  },
  { name: 'y', type: 'categorical', values: ['a', 'b', 'a', null, 'c', 'b'] },
]);
const split = Uint8Array.from([0, 0, 0, 0, 2, 2]);
const columns = schemaOf(table, { y: 'target' });
const fitOn = (o: Partial<PipelineOptions> = {}) =>
  fitPipeline(
    table,
    { versionId: 'v', columns, target: 'y', task: 'multiclass' },
    split,
    PipelineOptions.parse({ textMaxLength: 3, ...o }),
  );

function recordsOf(t: Table, rows: number[]): Record<string, unknown>[] {
  const cols = t.columns.map((c) => [c.name, cellsOf(t, c.name)] as const);
  return rows.map((r) => Object.fromEntries(cols.map(([name, cells]) => [name, cells[r]])));
}

describe('transformTable and transformRecords', () => {
  it('give identical numbers for the same rows', () => {
    for (const o of [
      {},
      { categoricalEncoding: 'index' as const, numericScaling: 'robust' as const },
      { missingIndicators: false },
    ]) {
      const p = fitOn(o);
      const rows = [5, 0, 3, 1, 2, 4];
      const a = transformTable(p, table, Int32Array.from(rows));
      const b = transformRecords(p, recordsOf(table, rows));
      expect(b.rowCount).toBe(6);
      expect(Array.from(b.dense)).toEqual(Array.from(a.dense));
      expect(Array.from(b.tokens.note ?? [])).toEqual(Array.from(a.tokens.note ?? []));
      expect(Array.from(b.target ?? [])).toEqual(Array.from(a.target ?? []));
    }
  });

  it('selects rows in the order given and encodes the target as class indices', () => {
    const p = fitOn();
    const out = transformTable(p, table, Int32Array.from([4, 0]));
    expect(out.rowCount).toBe(2);
    // classes from train rows 0-3: a, b (c only in test → NaN; row 3 is missing)
    expect(p.target?.classes).toEqual(['a', 'b']);
    expect(Array.from(transformTable(p, table).target ?? [])).toEqual([0, 1, 0, Number.NaN, Number.NaN, 1]);
    const all = transformTable(p, table);
    const w = p.denseWidth;
    expect(Array.from(out.dense.subarray(0, w))).toEqual(Array.from(all.dense.subarray(4 * w, 5 * w)));
    expect(Array.from(out.dense.subarray(w))).toEqual(Array.from(all.dense.subarray(0, w)));
  });

  it('never lets NaN or Infinity into the dense output', () => {
    const wild = makeTable([
      {
        name: 'x',
        type: 'float',
        values: [1e308, -1e308, Number.POSITIVE_INFINITY, Number.NaN, 5e-324, null],
      },
      { name: 'flag', type: 'boolean', values: [null, null, null, null, null, null] },
      { name: 'color', type: 'categorical', values: [null, null, null, null, null, null] },
      { name: 'at', type: 'datetime', values: [8.64e15, -8.64e15, null, 0, null, null] },
      { name: 'note', type: 'text', values: [null, null, null, null, null, null] },
    ]);
    for (const scaling of ['standard', 'minmax', 'robust', 'none'] as const) {
      const p = fitPipeline(
        wild,
        { versionId: 'v', columns: schemaOf(wild), target: null, task: null },
        null,
        PipelineOptions.parse({ numericScaling: scaling }),
      );
      const d = transformTable(p, wild).dense;
      expect(d.every(Number.isFinite)).toBe(true);
      expect(transformTable(fitOn({ numericScaling: scaling }), table).dense.every(Number.isFinite)).toBe(
        true,
      );
    }
  });

  it('reads raw records leniently where it is safe and strictly where it is not', () => {
    const p = fitOn();
    const ok = transformRecords(p, [
      { x: '2.5', flag: 'yes', color: 'purple', at: Date.UTC(2021, 4, 1, 8), note: 'HELLO', y: 'b' },
      {},
    ]);
    const byName = (row: number, name: string) => ok.dense[row * p.denseWidth + p.denseNames.indexOf(name)];
    expect(byName(0, 'color=<unknown>')).toBe(1);
    expect(byName(0, 'color_missing')).toBe(0);
    expect(byName(1, 'color=<unknown>')).toBe(1);
    expect(byName(1, 'color_missing')).toBe(1);
    expect(byName(1, 'x_missing')).toBe(1);
    expect(Array.from(ok.target ?? [])).toEqual([1, Number.NaN]);
    const ref = transformRecords(p, [
      { x: 2.5, flag: true, color: null, at: '2021-05-01T08:00:00Z', note: 'hello', y: 'b' },
    ]);
    for (const name of ['x', 'flag', 'at.year', 'at.hour_sin', 'at.month_cos'])
      expect(byName(0, name)).toBe(ref.dense[p.denseNames.indexOf(name)]);
    // The importer's missing tokens are missing categories here too (as in training), not unknown ones.
    const tokens = transformRecords(
      p,
      ['?', '', 'NA', 'n/a', 'null', 'none'].map((color) => ({ color })),
    );
    const missingFlag = (row: number) =>
      tokens.dense[row * p.denseWidth + p.denseNames.indexOf('color_missing')];
    expect([0, 1, 2, 3, 4, 5].map(missingFlag)).toEqual([1, 1, 1, 1, 1, 0]);

    const bad: [Record<string, unknown>, RegExp][] = [
      [{ x: 'abc' }, /^record 1, field "x": expected a number, got "abc"$/],
      [{ x: Number.NaN }, /record 1, field "x": NaN is not a value; send null/],
      [{ x: Number.POSITIVE_INFINITY }, /field "x": Infinity is not a usable number/],
      [{ x: true }, /field "x": expected a number, got true/],
      [{ flag: 'maybe' }, /field "flag": expected true or false/],
      [{ at: 'yesterday' }, /field "at": expected an ISO date/],
      [{ color: { a: 1 } }, /field "color": expected a string/],
      [{ y: Number.NaN }, /field "y": NaN/],
    ];
    for (const [rec, message] of bad) {
      let err: unknown;
      try {
        transformRecords(p, [{}, rec]);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).kind).toBe('invalid_input');
      expect((err as AppError).message).toMatch(message);
    }
    expect(() => transformRecords(p, [null as unknown as Record<string, unknown>])).toThrow(
      /record 0 is not an object/,
    );
  });

  it('names a column the pipeline needs when the data lacks it', () => {
    const p = fitOn();
    const t = makeTable([{ name: 'x', type: 'float', values: [1] }]);
    expect(() => transformTable(p, t)).toThrow(/no column "flag"/);
  });
});
