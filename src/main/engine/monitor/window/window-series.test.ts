import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  idOf,
  type LogDb,
  openLogDb,
  type RequestSpec,
  writeRequests,
} from './test-support/request-log-db.js';
import { readWindowSeries } from './window-series.js';
import type { NumberFeatureColumn, WindowColumns } from './window-types.js';

let log: LogDb;
beforeEach(() => {
  log = openLogDb();
  // Rows 1..11 (feature x = the row's number) in requests of 3, 2, 2 and 4 rows at t = 1000..4000,
  // in two formats; class 'yes' for odd rows.
  const sizes = [3, 2, 2, 4];
  let first = 1;
  const specs: RequestSpec[] = sizes.map((n, j) => {
    const rows = Array.from({ length: n }, (_, i) => first + i);
    const spec: RequestSpec = {
      format: j % 2 === 0 ? 'v1-instances' : 'v2-binary',
      first,
      at: 1000 * (j + 1),
      classes: ['no', 'yes'],
      outputs: rows.flatMap((r) => (r % 2 === 1 ? [0.1, 0.9] : [0.9, 0.1])),
      records: rows.map((r) => ({ x: r })),
    };
    first += n;
    return spec;
  });
  writeRequests(log, specs);
});
afterEach(() => log.close());

const xs = (w: WindowColumns) => Array.from((w.features[0] as NumberFeatureColumn).values);
const X = [{ name: 'x', kind: 'numeric' as const }];

describe('readWindowSeries: consecutive windows for charts', () => {
  it('K windows of N rows are cut from the newest row back, splitting requests between windows', () => {
    const series = readWindowSeries(log.reader, { model: 'm', windowRows: 3, windows: 4 }, X);
    // 11 rows → [1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]: the oldest is short.
    expect(series.map(xs)).toEqual([
      [1, 2],
      [3, 4, 5],
      [6, 7, 8],
      [9, 10, 11],
    ]);
    expect(series.map((w) => w.predictionIds)).toEqual(series.map((w) => xs(w).map((x) => idOf(x))));
    expect(series.map((w) => w.requests)).toEqual([1, 2, 2, 1]);
    expect(series.map((w) => w.predictions.labels)).toEqual([
      ['yes', 'no'],
      ['yes', 'no', 'yes'],
      ['no', 'yes', 'no'],
      ['yes', 'no', 'yes'],
    ]);
    // Row 8 is in the v2-binary request of rows 8..11, the window's other rows in a v1 request.
    expect(series[2]?.formats).toEqual([
      { format: 'v1-instances', requests: 1, rows: 2 },
      { format: 'v2-binary', requests: 1, rows: 1 },
    ]);
    expect(series.map((w) => w.span)).toEqual([
      { from: 1000, to: 1001 },
      { from: 1000, to: 2001 },
      { from: 3000, to: 4001 },
      { from: 4000, to: 4001 },
    ]);
  });

  it('fewer windows than the log holds: only the newest; more: empty ones are left out', () => {
    expect(readWindowSeries(log.reader, { model: 'm', windowRows: 4, windows: 2 }, X).map(xs)).toEqual([
      [4, 5, 6, 7],
      [8, 9, 10, 11],
    ]);
    expect(readWindowSeries(log.reader, { model: 'm', windowRows: 11, windows: 5 }, X).map(xs)).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    ]);
    expect(readWindowSeries(log.reader, { model: 'none', windowRows: 5, windows: 3 }, X)).toEqual([]);
  });

  it('K windows of T ms end at `to`; every one is kept, empty or not', () => {
    const series = readWindowSeries(log.reader, { model: 'm', windowMs: 1000, windows: 5, to: 4500 }, X);
    expect(series.map((w) => w.span)).toEqual([
      { from: -500, to: 500 },
      { from: 500, to: 1500 },
      { from: 1500, to: 2500 },
      { from: 2500, to: 3500 },
      { from: 3500, to: 4500 },
    ]);
    expect(series.map(xs)).toEqual([[], [1, 2, 3], [4, 5], [6, 7], [8, 9, 10, 11]]);
    const capped = readWindowSeries(
      log.reader,
      { model: 'm', windowMs: 2000, windows: 2, to: 4500, maxRowsPerWindow: 3 },
      X,
    );
    expect(capped.map(xs)).toEqual([
      [3, 4, 5],
      [9, 10, 11],
    ]);
  });

  it('refuses a series of no windows or of empty width', () => {
    expect(() => readWindowSeries(log.reader, { model: 'm', windowRows: 3, windows: 0 })).toThrow(
      /number of windows must be 1 or more/,
    );
    expect(() => readWindowSeries(log.reader, { model: 'm', windowRows: 0, windows: 2 })).toThrow(
      /windowRows must be 1 or more/,
    );
    expect(() => readWindowSeries(log.reader, { model: 'm', windowMs: 0, windows: 2 })).toThrow(
      /windowMs must be above 0/,
    );
  });
});
