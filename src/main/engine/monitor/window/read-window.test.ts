import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowFeatureSpec } from './feature-spec.js';
import { featureSpecsOf } from './feature-spec.js';
import { readWindow } from './read-window.js';
import {
  idOf,
  type LogDb,
  openLogDb,
  type RequestSpec,
  writeRequests,
} from './test-support/request-log-db.js';
import type { NumberFeatureColumn, TextFeatureColumn, WindowColumns } from './window-types.js';

let log: LogDb;
beforeEach(() => {
  log = openLogDb();
});
afterEach(() => log.close());

const FEATURES: WindowFeatureSpec[] = [
  { name: 'x', kind: 'numeric' },
  { name: 'c', kind: 'categorical' },
  { name: 'flag', kind: 'boolean' },
  { name: 'when', kind: 'datetime' },
  { name: 'note', kind: 'text' },
];

/** P(yes) per row of the four requests below; P(no) = 1 − P(yes). Row 3 is a tie (first class wins). */
const P_YES = [0.8, 0.4, 0.5, 0.9, 0.1, 0.7, 0.3, 0.6, 0.2, 0.55, 0.45];
const outputsOf = (from: number, to: number) => P_YES.slice(from, to).flatMap((p) => [1 - p, p]);
const CLASSES = ['no', 'yes'];

/** Eleven rows in four requests, one per body format, at t = 1000, 2000, 3000, 4000. */
const REQUESTS: RequestSpec[] = [
  {
    format: 'v1-instances',
    first: 1,
    at: 1000,
    classes: CLASSES,
    outputs: outputsOf(0, 3),
    latencyMs: 5,
    records: [
      { x: 1.5, c: 'a', flag: true, when: '2024-03-01T10:00:00Z', note: 'hello' },
      { x: null, c: 'b', flag: 0, when: 1_700_000_000_000, note: '?' },
      { c: 'NA', flag: null, note: 'x' },
    ],
  },
  {
    format: 'v1-inputs',
    first: 4,
    at: 2000,
    classes: CLASSES,
    outputs: outputsOf(3, 5),
    latencyMs: 6,
    records: [
      { x: -2, c: 7, flag: false, when: '2024-03-02', note: 'hi there' },
      { x: 0, c: null, flag: 1, when: null, note: '' },
    ],
  },
  {
    format: 'v2-json',
    first: 6,
    at: 3000,
    classes: CLASSES,
    outputs: outputsOf(5, 7),
    latencyMs: 7,
    records: [
      { x: 3.25, c: 'a', flag: true, when: '2024-03-01T10:00:00.000Z', note: 'y' },
      { x: null, c: 'c', flag: null, when: '2024-01-01T00:00:00Z', note: null },
    ],
  },
  {
    format: 'v2-binary',
    first: 8,
    at: 4000,
    classes: CLASSES,
    outputs: outputsOf(7, 11),
    latencyMs: 8,
    records: [0, 1, 2, 3].map((i) => ({
      x: 10 + i,
      c: ['a', 'b', 'a', 'd'][i],
      flag: i % 2 === 0,
      when: `2024-0${i + 1}-01T00:00:00Z`,
      note: `n${i}`,
    })),
  },
];

// The eleven rows' columns, as the pipeline reads them (NaN / null = missing).
const X = [1.5, Number.NaN, Number.NaN, -2, 0, 3.25, Number.NaN, 10, 11, 12, 13];
const C = ['a', 'b', null, '7', null, 'a', 'c', 'a', 'b', 'a', 'd'];
const FLAG = [1, 0, Number.NaN, 0, 1, 1, Number.NaN, 1, 0, 1, 0];
const WHEN = [
  Date.UTC(2024, 2, 1, 10),
  1_700_000_000_000,
  Number.NaN,
  Date.UTC(2024, 2, 2),
  Number.NaN,
  Date.UTC(2024, 2, 1, 10),
  Date.UTC(2024, 0, 1),
  Date.UTC(2024, 0, 1),
  Date.UTC(2024, 1, 1),
  Date.UTC(2024, 2, 1),
  Date.UTC(2024, 3, 1),
];
const NOTE = ['hello', null, 'x', 'hi there', null, 'y', null, 'n0', 'n1', 'n2', 'n3'];
const LABELS = ['yes', 'no', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no'];

const num = (w: WindowColumns, name: string) =>
  w.features.find((f) => f.name === name) as NumberFeatureColumn;
const text = (w: WindowColumns, name: string) => w.features.find((f) => f.name === name) as TextFeatureColumn;
const missingOf = (values: ArrayLike<number | string | null>) =>
  Array.from(values).filter((v) => v === null || Number.isNaN(v)).length;

/** The window's columns must be rows [from, to) of the eleven. */
function expectRows(w: WindowColumns, from: number, to: number): void {
  expect(w.rows).toBe(to - from);
  expect(w.predictionIds).toEqual(Array.from({ length: to - from }, (_, i) => idOf(from + i + 1)));
  expect(Array.from(num(w, 'x').values)).toEqual(X.slice(from, to));
  expect(text(w, 'c').values).toEqual(C.slice(from, to));
  expect(Array.from(num(w, 'flag').values)).toEqual(FLAG.slice(from, to));
  expect(Array.from(num(w, 'when').values)).toEqual(WHEN.slice(from, to));
  expect(text(w, 'note').values).toEqual(NOTE.slice(from, to));
  for (const [name, all] of [
    ['x', X],
    ['c', C],
    ['flag', FLAG],
    ['when', WHEN],
    ['note', NOTE],
  ] as const) {
    const f = w.features.find((g) => g.name === name);
    expect([f?.missing, f?.typeErrors]).toEqual([missingOf(all.slice(from, to)), 0]);
  }
  expect(w.predictions.classes).toEqual(CLASSES);
  expect(w.predictions.labels).toEqual(LABELS.slice(from, to));
  expect(w.predictions.values).toBeNull();
  expect(w.predictions.probabilities).toEqual(Float32Array.from(outputsOf(from, to)));
}

describe('readWindow: one window of a model’s predictions as columns', () => {
  it('reads every body format (v1 instances / inputs, v2 JSON / binary) into typed columns with missing values', () => {
    writeRequests(log, REQUESTS);
    const w = readWindow(log.reader, { model: 'm', lastRows: 100 }, FEATURES);
    expectRows(w, 0, 11);
    expect(w.features.map((f) => [f.name, f.kind])).toEqual(FEATURES.map((f) => [f.name, f.kind]));
    expect(w.requests).toBe(4);
    expect(Array.from(w.at)).toEqual([1000, 1000, 1000, 2000, 2000, 3000, 3000, 4000, 4000, 4000, 4000]);
    expect(Array.from(w.latencyMs)).toEqual([5, 5, 5, 6, 6, 7, 7, 8, 8, 8, 8]);
    expect(Array.from(w.versions)).toEqual(new Array(11).fill(1));
    expect(w.formats).toEqual([
      { format: 'v1-instances', requests: 1, rows: 3 },
      { format: 'v1-inputs', requests: 1, rows: 2 },
      { format: 'v2-json', requests: 1, rows: 2 },
      { format: 'v2-binary', requests: 1, rows: 4 },
    ]);
    expect(w.span).toEqual({ from: 1000, to: 4001 });
    expect([w.model, w.version]).toEqual(['m', null]);
  });

  it('a count window holds the newest N rows: whole newer requests, and only the newest rows of the one it cuts', () => {
    writeRequests(log, REQUESTS);
    const w = readWindow(log.reader, { model: 'm', lastRows: 5 }, FEATURES);
    // R4 (4 rows) and the last row of R3.
    expectRows(w, 6, 11);
    expect(w.requests).toBe(2);
    expect(w.formats).toEqual([
      { format: 'v2-json', requests: 1, rows: 1 },
      { format: 'v2-binary', requests: 1, rows: 4 },
    ]);
    expect(w.span).toEqual({ from: 3000, to: 4001 });
    // Exactly on a request boundary: no cut.
    const six = readWindow(log.reader, { model: 'm', lastRows: 6 }, FEATURES);
    expectRows(six, 5, 11);
    expect(six.requests).toBe(2);
    // One row: the newest.
    expectRows(readWindow(log.reader, { model: 'm', lastRows: 1 }, FEATURES), 10, 11);
  });

  it('a time window holds the rows of [from, to); maxRows keeps the newest of them', () => {
    writeRequests(log, REQUESTS);
    const w = readWindow(log.reader, { model: 'm', from: 2000, to: 4000 }, FEATURES);
    expectRows(w, 3, 7);
    expect(w.span).toEqual({ from: 2000, to: 4000 });
    const capped = readWindow(log.reader, { model: 'm', from: 2000, to: 4000, maxRows: 3 }, FEATURES);
    expectRows(capped, 4, 7);
    expect(capped.requests).toBe(2);
    expectRows(readWindow(log.reader, { model: 'm', from: 999, to: 1001 }, FEATURES), 0, 3);
  });

  it('keeps to its model and version, and orders by time even when the log was written out of order', () => {
    const later = REQUESTS.slice(2);
    const earlier = REQUESTS.slice(0, 2);
    writeRequests(log, [...later, ...earlier]);
    writeRequests(log, [
      { ...(REQUESTS[0] as RequestSpec), model: 'other', first: 100, at: 5000 },
      { ...(REQUESTS[0] as RequestSpec), version: 2, first: 200, at: 5000 },
    ]);
    expectRows(readWindow(log.reader, { model: 'm', version: 1, lastRows: 11 }, FEATURES), 0, 11);
    const all = readWindow(log.reader, { model: 'm', lastRows: 4 }, FEATURES);
    expect(all.predictionIds).toEqual([idOf(11), idOf(200), idOf(201), idOf(202)]);
    expect(Array.from(all.versions)).toEqual([1, 2, 2, 2]);
    const v2 = readWindow(log.reader, { model: 'm', version: 2, lastRows: 10 }, FEATURES);
    expect([v2.rows, v2.version]).toEqual([3, 2]);
  });

  it('an empty window (no traffic, or an unknown model) has zero rows, not an error', () => {
    writeRequests(log, REQUESTS);
    for (const w of [
      readWindow(log.reader, { model: 'nobody', lastRows: 1000 }, FEATURES),
      readWindow(log.reader, { model: 'm', from: 5000, to: 9000 }, FEATURES),
      readWindow(log.reader, { model: 'm', lastRows: 0 }, FEATURES),
    ]) {
      expect([w.rows, w.requests, w.predictionIds, w.at.length, w.formats]).toEqual([0, 0, [], 0, []]);
      expect(w.features.map((f) => [f.values.length, f.missing, f.typeErrors])).toEqual(
        FEATURES.map(() => [0, 0, 0]),
      );
      expect(w.predictions).toEqual({ classes: null, labels: null, values: null, probabilities: null });
    }
    expect(readWindow(log.reader, { model: 'nobody', lastRows: 5 }).span).toBeNull();
    expect(readWindow(log.reader, { model: 'm', from: 5000, to: 9000 }).span).toEqual({
      from: 5000,
      to: 9000,
    });
  });

  it('counts values of the wrong type per feature instead of failing (as missing in the values)', () => {
    writeRequests(log, [
      {
        format: 'v1-instances',
        first: 1,
        at: 1,
        classes: CLASSES,
        outputs: outputsOf(0, 3),
        records: [
          { x: 'abc', c: { a: 1 }, flag: 'yes', when: 'not a date', note: [1] },
          { x: '2.5', c: 'ok', flag: 2, when: '2024-13-01', note: 'fine' },
          { x: 1, c: true, flag: true, when: 0, note: 12 },
        ],
      },
    ]);
    const w = readWindow(log.reader, { model: 'm', lastRows: 10 }, FEATURES);
    expect(w.features.map((f) => [f.name, f.typeErrors, f.missing])).toEqual([
      ['x', 2, 0],
      ['c', 1, 0],
      ['flag', 2, 0],
      ['when', 2, 0],
      ['note', 1, 0],
    ]);
    expect(Array.from(num(w, 'x').values)).toEqual([Number.NaN, Number.NaN, 1]);
    expect(text(w, 'c').values).toEqual([null, 'ok', 'true']);
    expect(Array.from(num(w, 'flag').values)).toEqual([Number.NaN, Number.NaN, 1]);
    expect(Array.from(num(w, 'when').values)).toEqual([Number.NaN, Number.NaN, 0]);
    expect(text(w, 'note').values).toEqual([null, 'fine', '12']);
  });

  it('regression rows give values; versions with different classes share the union of classes', () => {
    writeRequests(log, [
      {
        format: 'v1-instances',
        model: 'r',
        first: 1,
        at: 1,
        outputs: [1.5, -2.25],
        records: [{ x: 1 }, { x: 2 }],
      },
      {
        format: 'v1-instances',
        version: 1,
        first: 10,
        at: 1,
        classes: ['no', 'yes'],
        outputs: [0.3, 0.7],
        records: [{}],
      },
      {
        format: 'v2-json',
        version: 2,
        first: 11,
        at: 2,
        classes: ['yes', 'maybe', 'no'],
        outputs: [0.25, 0.5, 0.25, 0.5, 0.25, 0.25],
        records: [{ x: 1 }, { x: 2 }],
      },
      {
        format: 'v1-instances',
        version: 3,
        first: 20,
        at: 0,
        classes: ['ugh', 'no'],
        outputs: [0.9, 0.1],
        records: [{}],
      },
    ]);
    const r = readWindow(log.reader, { model: 'r', lastRows: 10 }, [{ name: 'x', kind: 'numeric' }]);
    expect(Array.from(r.predictions.values ?? [])).toEqual([1.5, -2.25]);
    expect([r.predictions.classes, r.predictions.labels, r.predictions.probabilities]).toEqual([
      null,
      null,
      null,
    ]);
    const m = readWindow(log.reader, { model: 'm', lastRows: 10 });
    expect(m.features).toEqual([]);
    // Classes in the order met reading newest first: v2's, then v3's new one.
    expect(m.predictions.classes).toEqual(['yes', 'maybe', 'no', 'ugh']);
    expect(m.predictions.labels).toEqual(['ugh', 'yes', 'maybe', 'yes']);
    const nan = Number.NaN;
    expect(Array.from(m.predictions.probabilities ?? [])).toEqual(
      [nan, nan, 0.1, 0.9, 0.7, nan, 0.3, nan, 0.25, 0.5, 0.25, nan, 0.5, 0.25, 0.25, nan].map(Math.fround),
    );
  });

  it('featureSpecsOf lists a pipeline’s raw features with their kinds', () => {
    expect(
      featureSpecsOf({
        features: [
          {
            kind: 'numeric',
            column: 'age',
            fill: 0,
            scaling: 'none',
            center: 0,
            scale: 1,
            missingIndicator: false,
          },
          {
            kind: 'categorical',
            column: 'job',
            encoding: 'onehot',
            vocabulary: ['a'],
            missingIndicator: false,
          },
          { kind: 'text', column: 'bio', vocabulary: [], maxLength: 8, lowercase: true },
        ],
      }),
    ).toEqual([
      { name: 'age', kind: 'numeric' },
      { name: 'job', kind: 'categorical' },
      { name: 'bio', kind: 'text' },
    ]);
  });
});
