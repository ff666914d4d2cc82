import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowFeatureSpec } from './feature-spec.js';
import { fillWindows } from './fill-windows.js';
import { readWindow } from './read-window.js';
import { type LogDb, openLogDb, writeRequests } from './test-support/request-log-db.js';
import { WindowAccumulator } from './window-accumulator.js';

let log: LogDb;
beforeEach(() => {
  log = openLogDb();
});
afterEach(() => log.close());

const FEATURES: WindowFeatureSpec[] = [
  { name: 'x', kind: 'numeric' },
  { name: 'c', kind: 'categorical' },
];

describe('WindowAccumulator', () => {
  it('grows from a small first allocation to the same columns a window allocated at once has', () => {
    // 40 rows in requests of 1..8 rows; classes change between versions and some rows regress.
    let first = 1;
    const specs = [1, 2, 3, 4, 5, 6, 7, 8, 4].map((n, j) => {
      const rows = Array.from({ length: n }, (_, i) => first + i);
      const classes = j % 3 === 2 ? undefined : j % 3 === 0 ? ['a', 'b'] : ['c', 'a', 'b'];
      const spec = {
        format: 'v1-instances' as const,
        version: 1 + (j % 3),
        first,
        at: 100 * j,
        ...(classes ? { classes } : {}),
        outputs: rows.flatMap((r) => (classes ? classes.map((_, k) => ((r + k) % 5) / 10) : [r / 2])),
        records: rows.map((r) => ({ x: r % 7 === 0 ? null : r, c: `k${r % 3}` })),
      };
      first += n;
      return spec;
    });
    writeRequests(log, specs);
    const whole = readWindow(log.reader, { model: 'm', from: 0, to: 10_000 }, FEATURES);
    expect(whole.rows).toBe(40);
    const small = new WindowAccumulator(FEATURES, Number.POSITIVE_INFINITY, 2);
    fillWindows(log.reader, { model: 'm', from: 0, to: 10_000 }, [small], true);
    expect(small.done({ model: 'm', version: null, span: { from: 0, to: 10_000 } })).toEqual(whole);
    // A limit below what is there keeps the newest rows, growing up to the limit only.
    const capped = new WindowAccumulator(FEATURES, 25, 3);
    fillWindows(log.reader, { model: 'm' }, [capped], true);
    const newest = capped.done({ model: 'm', version: null, span: null });
    expect(newest.predictionIds).toEqual(whole.predictionIds.slice(15));
    const x = whole.features[0]?.values as Float64Array;
    expect(newest.features[0]?.values).toEqual(x.slice(15));
    expect(newest.predictions.labels).toEqual(whole.predictions.labels?.slice(15));
  });
});
