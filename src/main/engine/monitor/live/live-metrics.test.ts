import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRow } from '../../serve/runtime/log-sink.js';
import { readWindow } from '../window/read-window.js';
import { idOf, type LogDb, openLogDb, writeRequests } from '../window/test-support/request-log-db.js';
import { joinFeedback } from './feedback-join.js';
import { liveMetricSeries } from './live-metric-series.js';
import { liveMetrics } from './live-metrics.js';

let log: LogDb;
beforeEach(() => {
  log = openLogDb();
});
afterEach(() => log.close());

const CLASSES = ['cat', 'dog', 'fox'];
/** The predicted class of rows 1..10 (one-hot probabilities, so the argmax is plain). */
const PREDICTED = ['cat', 'cat', 'dog', 'fox', 'dog', 'cat', 'fox', 'fox', 'dog', 'cat'];
const oneHot = (rows: number[]) => rows.flatMap((r) => CLASSES.map((c) => (c === PREDICTED[r - 1] ? 1 : 0)));

/** Rows 1..4 at t=1000 (v1), 5..7 at t=2000 (v2 JSON), 8..10 at t=3000 (v2 binary); model m. */
function classifiedTraffic(): void {
  const block = (first: number, n: number) => Array.from({ length: n }, (_, i) => first + i);
  writeRequests(log, [
    {
      format: 'v1-instances',
      first: 1,
      at: 1000,
      classes: CLASSES,
      outputs: oneHot(block(1, 4)),
      records: block(1, 4).map((x) => ({ x })),
    },
    {
      format: 'v2-json',
      first: 5,
      at: 2000,
      classes: CLASSES,
      outputs: oneHot(block(5, 3)),
      records: block(5, 3).map((x) => ({ x })),
    },
    {
      format: 'v2-binary',
      first: 8,
      at: 3000,
      classes: CLASSES,
      outputs: oneHot(block(8, 3)),
      records: block(8, 3).map((x) => ({ x })),
    },
    // Another model's prediction: its feedback is neither this model's label nor unknown.
    {
      format: 'v1-instances',
      model: 'other',
      first: 50,
      at: 1000,
      classes: CLASSES,
      outputs: [1, 0, 0],
      records: [{ x: 1 }],
    },
  ]);
}

const fb = (seq: number | string, label: string | number, at: number): FeedbackRow => ({
  predictionId: typeof seq === 'number' ? idOf(seq) : seq,
  label,
  at,
});

/**
 * Labels: row 2 relabelled cat → dog; row 5 sent 'cat' (t=5050) then, arriving later but stamped
 * earlier, 'dog' (t=5040): the later time wins; row 10 twice. Rows 4 and 9 unlabelled. Three
 * labels name no logged prediction (t = 500, before the window; 1500; 6000), one is another model's.
 */
function classifiedFeedback(): void {
  log.sink.writeFeedback([
    fb(1, 'cat', 5000),
    fb(2, 'cat', 5010),
    fb(2, 'dog', 5020),
    fb(3, 'dog', 5000),
    fb(5, 'cat', 5050),
    fb(5, 'dog', 5040),
    fb(6, 'cat', 5000),
    fb(7, 'fox', 5000),
    fb(8, 'dog', 5000),
    fb(10, 'cat', 5010),
    fb(10, 'cat', 5030),
    fb(50, 'dog', 5000),
    fb(999, 'cat', 500),
    fb(999, 'cat', 1500),
    fb('not-an-id!', 'cat', 6000),
  ]);
}

describe('live metrics: feedback joined to a window’s predictions', () => {
  it('joins the latest label per prediction id, counting superseded ones', () => {
    classifiedTraffic();
    classifiedFeedback();
    const w = readWindow(log.reader, { model: 'm', lastRows: 10 });
    const join = joinFeedback(log.reader, w.predictionIds);
    expect(join.labels).toEqual(['cat', 'dog', 'dog', null, 'cat', 'cat', 'fox', 'dog', null, 'cat']);
    expect([join.labeled, join.superseded]).toEqual([8, 3]);
    expect(joinFeedback(log.reader, []).labels).toEqual([]);
  });

  it('accuracy and macro F1 of a classifier over its labelled rows, with how many are labelled', () => {
    classifiedTraffic();
    classifiedFeedback();
    const w = readWindow(log.reader, { model: 'm', lastRows: 10 });
    expect(w.predictions.labels).toEqual(PREDICTED);
    const m = liveMetrics(log.reader, w);
    // Labelled rows 1,2,3,5,6,7,8,10: true  cat dog dog cat cat fox dog cat
    //                                  pred  cat cat dog dog cat fox fox cat  → 5 of 8 right.
    // F1: cat P 3/4 R 3/4 → 0.75; dog P 1/2 R 1/3 → 0.4; fox P 1/2 R 1 → 2/3; mean 0.60556.
    // reference: scikit-learn 1.2.1 f1_score(y_true, y_pred, average='macro') = 0.6055555555555555
    expect(m).toMatchObject({
      task: 'classification',
      span: { from: 1000, to: 3001 },
      rows: 10,
      labeled: 8,
      labeledShare: 0.8,
      superseded: 3,
      classifiedRows: 8,
      accuracy: 0.625,
      unseenClassLabels: 0,
      mae: null,
      rmse: null,
      badLabels: 0,
      // Received from the window's start on (t ≥ 1000): the labels at 1500 and 6000, not the one at 500.
      unknownIds: 2,
    });
    expect(m.macroF1).toBeCloseTo(0.6055555555555555, 12);
  });

  it('a label that is not one of the classes is compared all the same (a miss) and counted', () => {
    classifiedTraffic();
    classifiedFeedback();
    log.sink.writeFeedback([fb(4, 'wolf', 5000)]);
    const m = liveMetrics(log.reader, readWindow(log.reader, { model: 'm', lastRows: 10 }));
    // reference: scikit-learn 1.2.1, the 8 pairs above plus ('wolf', 'fox'):
    // accuracy_score = 5/9, f1_score(average='macro') = 0.4125
    expect([m.labeled, m.unseenClassLabels, m.accuracy]).toEqual([9, 1, 5 / 9]);
    expect(m.macroF1).toBeCloseTo(0.4125, 12);
  });

  it('MAE and RMSE of a regressor; labels that are not numbers are counted and left out', () => {
    writeRequests(log, [
      {
        format: 'v1-inputs',
        model: 'r',
        first: 1,
        at: 1000,
        outputs: [1, 2.5, -1],
        records: [{ x: 1 }, { x: 2 }, { x: 3 }],
      },
      { format: 'v2-json', model: 'r', first: 4, at: 2000, outputs: [4, 0], records: [{ x: 4 }, { x: 5 }] },
    ]);
    log.sink.writeFeedback([fb(1, 2, 5000), fb(2, '2.5', 5000), fb(3, 'abc', 5000), fb(4, 1, 5000)]);
    const m = liveMetrics(log.reader, readWindow(log.reader, { model: 'r', lastRows: 100 }));
    // |2 − 1| = 1, |2.5 − 2.5| = 0, |1 − 4| = 3 → MAE 4/3, RMSE √(10/3); 'abc' is not a number.
    expect(m).toMatchObject({
      task: 'regression',
      rows: 5,
      labeled: 4,
      labeledShare: 0.8,
      regressionRows: 3,
      badLabels: 1,
      accuracy: null,
      macroF1: null,
      unknownIds: 0,
    });
    expect(m.mae).toBeCloseTo(4 / 3, 12);
    expect(m.rmse).toBeCloseTo(Math.sqrt(10 / 3), 12);
  });

  it('no label: metrics are null and the share 0; no traffic: zero rows, share null', () => {
    classifiedTraffic();
    const unlabelled = liveMetrics(log.reader, readWindow(log.reader, { model: 'm', lastRows: 10 }));
    expect(unlabelled).toMatchObject({ task: 'classification', rows: 10, labeled: 0, labeledShare: 0 });
    expect([unlabelled.accuracy, unlabelled.macroF1, unlabelled.mae]).toEqual([null, null, null]);
    const empty = liveMetrics(log.reader, readWindow(log.reader, { model: 'nobody', lastRows: 10 }));
    expect(empty).toEqual({
      task: null,
      span: null,
      rows: 0,
      labeled: 0,
      labeledShare: null,
      superseded: 0,
      unknownIds: 0,
      classifiedRows: 0,
      accuracy: null,
      macroF1: null,
      unseenClassLabels: 0,
      regressionRows: 0,
      mae: null,
      rmse: null,
      badLabels: 0,
    });
  });

  it('liveMetricSeries: per window of N rows, unknown-id feedback counted once, in the window current when it came', () => {
    classifiedTraffic();
    classifiedFeedback();
    const series = liveMetricSeries(log.reader, 'm', { windowRows: 5, windows: 2 });
    // Rows 1..5: labelled 1, 2, 3, 5 (true cat dog dog cat, predicted cat cat dog dog);
    // rows 6..10: labelled 6, 7, 8, 10 (true cat fox dog cat, predicted cat fox fox cat).
    // reference: scikit-learn 1.2.1 f1_score(average='macro'): 0.5 and 0.5555555555555555
    expect(series.map((m) => [m.rows, m.labeled, m.accuracy, m.span])).toEqual([
      [5, 4, 0.5, { from: 1000, to: 2001 }],
      [5, 4, 0.75, { from: 2000, to: 3001 }],
    ]);
    expect(series[0]?.macroF1).toBeCloseTo(0.5, 12);
    expect(series[1]?.macroF1).toBeCloseTo(0.5555555555555555, 12);
    // Unknown ids at t=1500 (while rows 1..5 were the newest) and t=6000 (the newest window).
    expect(series.map((m) => m.unknownIds)).toEqual([1, 1]);
    // Windows of 1,000 ms ending at 3500: [500, 1500) [1500, 2500) [2500, 3500).
    const timed = liveMetricSeries(log.reader, 'm', { windowMs: 1000, windows: 3, to: 3500 });
    expect(timed.map((m) => [m.rows, m.labeled, m.accuracy, m.unknownIds])).toEqual([
      [4, 3, 2 / 3, 1],
      [3, 3, 2 / 3, 1],
      [3, 2, 0.5, 1],
    ]);
    expect(liveMetricSeries(log.reader, 'nobody', { windowRows: 5, windows: 3 })).toEqual([]);
  });
});
