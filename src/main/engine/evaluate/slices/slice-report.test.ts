import { describe, expect, it } from 'vitest';
import { buildTable } from '../../test-support/build-table.js';
import { sliceReport } from './slice-report.js';

/**
 * 40 evaluated rows r = 0…39 (plus row 40, never evaluated): color red (r < 20), blue (20–35),
 * missing (36–39); age r + 1, missing for r ≥ 38; member when r is even; true class r mod 2.
 * The model is right on every row but r = 20…27 (all blue), so overall accuracy is 32 / 40 = 0.8.
 */
function binaryCase() {
  const R = 40;
  const table = buildTable([
    {
      name: 'color',
      type: 'categorical',
      values: [...Array.from({ length: R }, (_, r) => (r < 20 ? 'red' : r < 36 ? 'blue' : null)), 'green'],
    },
    {
      name: 'age',
      type: 'integer',
      values: [...Array.from({ length: R }, (_, r) => (r < 38 ? r + 1 : null)), 1000],
    },
    { name: 'member', type: 'boolean', values: [...Array.from({ length: R }, (_, r) => r % 2 === 0), true] },
    { name: 'note', type: 'text', values: Array.from({ length: R + 1 }, (_, r) => `note ${r}`) },
  ]);
  // Evaluated in reverse table order, to check outputs follow `rows`.
  const rows = Int32Array.from({ length: R }, (_, i) => R - 1 - i);
  const actual = Array.from(rows, (r) => r % 2);
  const outputs = Array.from(rows, (r) => {
    const y = r % 2;
    const right = r < 20 || r > 27;
    const p1 = right ? (y ? 0.8 : 0.2) : y ? 0.3 : 0.7;
    return [1 - p1, p1];
  }).flat();
  return { table, rows, actual, outputs };
}

describe('sliceReport, binary classification', () => {
  const { table, rows, actual, outputs } = binaryCase();
  const report = sliceReport({
    table,
    rows,
    features: ['color', 'age', 'member', 'note', 'not-a-column'],
    task: 'binary',
    outputs,
    width: 2,
    actual,
    labelNames: ['no', 'yes'],
    options: { minRows: 10 },
  });
  const find = (feature: string, value: string) =>
    report.slices.find((s) => s.feature === feature && s.value === value);

  it('makes one slice per category, quantile bin, boolean value and missing value, worst first', () => {
    expect(report.metric).toBe('accuracy');
    expect(report.overall).toBeCloseTo(0.8, 12);
    expect(report.minRows).toBe(10);
    // age: 38 values 1…38; edges at ranks ⌊k·38/5⌋ = 7, 15, 22, 30 → 8, 16, 23, 31; the last bin closed.
    expect(report.slices.map((s) => [s.feature, s.value, s.kind, s.rows])).toEqual([
      ['age', '[23, 31)', 'bin', 8], // 6 of 8 wrong
      ['color', 'blue', 'category', 16], // 8 of 16 wrong
      ['age', '[16, 23)', 'bin', 7], // 2 of 7 wrong
      ['member', 'false', 'category', 20], // 4 of 20 wrong
      ['member', 'true', 'category', 20], // 4 of 20 wrong
      ['color', 'red', 'category', 20],
      ['color', '(missing)', 'missing', 4],
      ['age', '[1, 8)', 'bin', 7],
      ['age', '[8, 16)', 'bin', 8],
      ['age', '[31, 38]', 'bin', 8],
      ['age', '(missing)', 'missing', 2],
    ]);
    expect(report.slices.map((s) => s.delta)).toEqual(
      [0.25, 0.5, 5 / 7, 0.8, 0.8, 1, 1, 1, 1, 1, 1].map((acc) => expect.closeTo(acc - 0.8, 12)),
    );
  });

  it('computes each slice’s metrics from its own rows', () => {
    // blue: class 0 rows 20, 22, 24, 26 wrong (P1 0.7), 28…34 right (0.2); class 1 rows 21…27 wrong (0.3),
    // 29…35 right (0.8). Recall 0.5 each, precision 0.5 each; AUC: 4·8 + 4·4 of 64 pairs ordered right.
    const blue = find('color', 'blue');
    expect(blue?.metrics).toEqual({ accuracy: 0.5, balanced_accuracy: 0.5, f1_macro: 0.5, roc_auc: 0.75 });
    // member true: only class 0 (16 right, 4 predicted 1): balanced accuracy = recall 0.8; F1 of class 0 =
    // 2·1·0.8 / 1.8, class 1 (predicted, never true) 0; ROC-AUC undefined.
    const member = find('member', 'true');
    expect(member?.metrics.accuracy).toBeCloseTo(0.8, 12);
    expect(member?.metrics.balanced_accuracy).toBeCloseTo(0.8, 12);
    expect(member?.metrics.f1_macro).toBeCloseTo(1.6 / 1.8 / 2, 12);
    expect(member?.metrics.roc_auc).toBeNull();
    expect(find('color', 'red')?.metrics).toEqual({
      accuracy: 1,
      balanced_accuracy: 1,
      f1_macro: 1,
      roc_auc: 1,
    });
  });

  it('skips text columns, unknown names and categories no evaluated row has', () => {
    expect(new Set(report.slices.map((s) => s.feature))).toEqual(new Set(['color', 'age', 'member']));
    expect(find('color', 'green')).toBeUndefined();
  });

  it('flags only slices with enough rows that are clearly worse', () => {
    // blue: 0.5 vs 0.8 is a drop of 0.3 > max(0.02, 2·√(0.8·0.2/16) = 0.2). The worse age bin has 8 < 10 rows.
    expect(report.slices.filter((s) => s.flagged).map((s) => [s.feature, s.value])).toEqual([
      ['color', 'blue'],
    ]);
    expect(find('color', 'blue')?.flagReason).toBe('accuracy 0.500 vs 0.800 overall (−0.300, 16 rows)');
    expect(find('age', '[23, 31)')?.flagReason).toBeNull();
    // With 6 rows enough, the worst age bin is flagged too (drop 0.55 > 2·√(0.16/8) ≈ 0.283), but not
    // [16, 23) (drop 0.086 < 2·√(0.16/7) ≈ 0.302).
    const loose = sliceReport({
      table,
      rows,
      features: ['age'],
      task: 'binary',
      outputs,
      width: 2,
      actual,
      labelNames: ['no', 'yes'],
      options: { minRows: 6 },
    });
    expect(loose.slices.filter((s) => s.flagged).map((s) => s.value)).toEqual(['[23, 31)']);
  });

  it('follows the decision threshold', () => {
    // At threshold 0.75 every P1 of 0.3 or 0.7 means class 0: the blue class-0 rows become right, the
    // blue class-1 rows stay wrong, so blue reaches 12 / 16 and overall 36 / 40.
    const r = sliceReport({
      table,
      rows,
      features: ['color'],
      task: 'binary',
      outputs,
      width: 2,
      actual,
      labelNames: ['no', 'yes'],
      threshold: 0.75,
    });
    expect(r.overall).toBeCloseTo(0.9, 12);
    expect(r.slices.find((s) => s.value === 'blue')?.metrics.accuracy).toBe(0.75);
  });

  it('bins with fewer edges when values repeat', () => {
    // 7 zeros, then 5, 9, 10: edges at ranks 0, 2, 4, 6, 8, 9 → 0, 0, 0, 0, 9, 10 → merged to 0, 9, 10.
    const t = buildTable([{ name: 'gain', type: 'float', values: [0, 0, 0, 0, 0, 0, 0, 5, 9, 10] }]);
    const r = sliceReport({
      table: t,
      rows: Int32Array.from({ length: 10 }, (_, i) => i),
      features: ['gain'],
      task: 'binary',
      outputs: Array.from({ length: 10 }, () => [0.9, 0.1]).flat(),
      width: 2,
      actual: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
      labelNames: ['no', 'yes'],
    });
    expect(r.slices.map((s) => [s.value, s.rows, s.metrics.accuracy])).toEqual([
      ['[9, 10]', 2, 0],
      ['[0, 9)', 8, 1],
    ]);
  });
});

describe('sliceReport, multiclass', () => {
  it('reports accuracy, balanced accuracy and macro F1 without ROC-AUC', () => {
    const t = buildTable([{ name: 'g', type: 'categorical', values: ['x', 'x', 'x', 'y', 'y', 'y'] }]);
    const probs = [
      [0.6, 0.3, 0.1], // x, true 0: right
      [0.2, 0.5, 0.3], // x, true 1: right
      [0.4, 0.4, 0.2], // x, true 2: tie → 0, wrong
      [0.1, 0.2, 0.7], // y, true 2: right
      [0.1, 0.2, 0.7], // y, true 2: right
      [0.3, 0.3, 0.4], // y, true 1: wrong (2)
    ];
    const r = sliceReport({
      table: t,
      rows: Int32Array.from([0, 1, 2, 3, 4, 5]),
      features: ['g'],
      task: 'multiclass',
      outputs: probs.flat(),
      width: 3,
      actual: [0, 1, 2, 2, 2, 1],
      labelNames: ['a', 'b', 'c'],
    });
    expect(r.overall).toBeCloseTo(4 / 6, 12);
    const [x, y] = [r.slices.find((s) => s.value === 'x'), r.slices.find((s) => s.value === 'y')];
    // x: per-class recall 1, 1, 0; F1: class 0 (P 0.5, R 1) 2/3, class 1 1, class 2 0.
    expect(x?.metrics.accuracy).toBeCloseTo(2 / 3, 12);
    expect(x?.metrics.balanced_accuracy).toBeCloseTo(2 / 3, 12);
    expect(x?.metrics.f1_macro).toBeCloseTo((2 / 3 + 1 + 0) / 3, 12);
    expect(x?.metrics).not.toHaveProperty('roc_auc');
    // y: class 1 recall 0, class 2 recall 1 → 0.5; F1: class 1 0, class 2 (P 2/3, R 1) 0.8.
    expect(y?.metrics.balanced_accuracy).toBeCloseTo(0.5, 12);
    expect(y?.metrics.f1_macro).toBeCloseTo(0.4, 12);
  });
});

describe('sliceReport, regression', () => {
  // Region A: actual 1…10, predicted +1 (|error| 1); B: actual 1…10, predicted −3; C: two rows exactly right.
  const values = [
    ...Array.from({ length: 10 }, () => 'A'),
    ...Array.from({ length: 10 }, () => 'B'),
    'C',
    'C',
  ];
  const actual = [
    ...Array.from({ length: 10 }, (_, i) => i + 1),
    ...Array.from({ length: 10 }, (_, i) => i + 1),
    5,
    5,
  ];
  const predicted = actual.map((y, i) => (i < 10 ? y + 1 : i < 20 ? y - 3 : y));
  const r = sliceReport({
    table: buildTable([{ name: 'region', type: 'categorical', values }]),
    rows: Int32Array.from({ length: 22 }, (_, i) => i),
    features: ['region'],
    task: 'regression',
    outputs: predicted,
    width: 1,
    actual,
    labelNames: [],
    options: { minRows: 10 },
  });

  it('ranks by MAE, highest first, and flags slices above 1.25 × overall', () => {
    expect(r.metric).toBe('mae');
    expect(r.overall).toBeCloseTo(40 / 22, 12);
    expect(r.slices.map((s) => s.value)).toEqual(['B', 'A', 'C']);
    expect(r.slices.map((s) => s.delta)).toEqual([3, 1, 0].map((m) => expect.closeTo(m - 40 / 22, 12)));
    expect(r.slices.map((s) => s.flagged)).toEqual([true, false, false]);
    // 3 vs 1.818…: +1.18, +65 %.
    expect(r.slices[0]?.flagReason).toBe('mae 3 vs 1.82 overall (+1.18, +65%, 10 rows)');
  });

  it('computes MAE, RMSE and R² per slice, R² null when the slice’s target is constant', () => {
    // SS_tot of 1…10 is 82.5; A's squared errors sum to 10, B's to 90.
    expect(r.slices.find((s) => s.value === 'A')?.metrics).toEqual({
      mae: 1,
      rmse: 1,
      r2: expect.closeTo(1 - 10 / 82.5, 12),
    });
    expect(r.slices.find((s) => s.value === 'B')?.metrics).toEqual({
      mae: 3,
      rmse: 3,
      r2: expect.closeTo(1 - 90 / 82.5, 12),
    });
    expect(r.slices.find((s) => s.value === 'C')?.metrics).toEqual({ mae: 0, rmse: 0, r2: null });
  });
});
