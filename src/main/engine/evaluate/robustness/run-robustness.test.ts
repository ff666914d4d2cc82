import { describe, expect, it } from 'vitest';
import { RobustnessReport } from '../../../../shared/evaluate.js';
import { cellAt } from '../../data/table/cells.js';
import type { Table } from '../../data/table/types.js';
import { CancelledError } from '../../jobs/job-kind.js';
import {
  aOf,
  cOf,
  fakeBinary,
  fakeRegression,
  MIXED_FEATURES,
  MIXED_ROWS,
  mixedTable,
} from './fake-models.js';
import { runRobustness } from './run-robustness.js';
import type { RobustnessArgs } from './types.js';

const all = Int32Array.from({ length: MIXED_ROWS }, (_, i) => i);
const idx = Array.from(all);
const share = (pred: (i: number) => boolean) => idx.filter(pred).length / MIXED_ROWS;
const popStd = (xs: number[]) => {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
};
const withoutSeconds = ({ seconds: _, ...rest }: RobustnessReport) => rest;

/** Keys on `a` only: class 1 when a > 0; a missing → class 0. */
const keyedOnA = () =>
  fakeBinary((cell) => (cell('a') === null ? 0.2 : (cell('a') as number) > 0 ? 0.9 : 0.1));
/** Labels that keyedOnA gets all right. */
const labelsOfA = () => Float64Array.from(idx, (i) => (aOf(i) > 0 ? 1 : 0));

function args(extra: Partial<RobustnessArgs> & Pick<RobustnessArgs, 'predict'>): RobustnessArgs {
  return { table: mixedTable(), rows: all, task: 'binary', features: MIXED_FEATURES, actual: null, ...extra };
}

describe('runRobustness with a model that reads only feature a', () => {
  it('leaves predictions alone when other features are perturbed and drops when a is', async () => {
    const r = await runRobustness(args({ predict: keyedOnA(), actual: labelsOfA() }));
    expect(RobustnessReport.parse(r)).toEqual(r);
    expect(r.rows).toBe(MIXED_ROWS);
    expect(r.metric).toBe('accuracy');
    expect(r.baseline).toBe(1);

    const missing = Object.fromEntries(r.missingByFeature.map((e) => [e.feature, e]));
    expect(Object.keys(missing)).toEqual(['a', 'b', 'c', 'flag', 'note']);
    for (const f of ['b', 'c', 'flag', 'note'])
      expect(missing[f]).toEqual({ feature: f, metric: 1, flipRate: 0 });
    // a missing → every row class 0: the positive half flips and is wrong.
    expect(missing.a).toEqual({ feature: 'a', metric: 0.5, flipRate: 0.5 });

    expect(r.unseenCategories).toEqual([{ feature: 'c', metric: 1, flipRate: 0 }]);

    // Shift: a' = m + 1.5 (a − m) + s; the rows with −s/1.5 < a − m… ≤ 0 change class.
    const a = idx.map(aOf);
    const m = a.reduce((s, x) => s + x, 0) / a.length;
    const s = popStd(a);
    const flipped = share((i) => aOf(i) > 0 !== m + 1.5 * (aOf(i) - m) + s > 0);
    expect(flipped).toBeGreaterThan(0);
    const shiftA = r.shiftByFeature.find((e) => e.feature === 'a');
    expect(shiftA?.flipRate).toBeCloseTo(flipped, 12);
    expect(shiftA?.metric).toBeCloseTo(1 - flipped, 12);
    expect(r.shiftByFeature.find((e) => e.feature === 'b')).toEqual({ feature: 'b', metric: 1, flipRate: 0 });

    // Noise reaches a: more noise, more flips (the same draws scaled), and accuracy falls.
    expect(r.noise.map((p) => p.strength)).toEqual([0.1, 0.25, 0.5, 1, 2]);
    const flips = r.noise.map((p) => p.flipRate);
    for (let k = 1; k < flips.length; k++) expect(flips[k]).toBeGreaterThanOrEqual(flips[k - 1] as number);
    expect(flips[4]).toBeGreaterThan(0.1);
    for (const p of r.noise) expect(p.metric).toBeCloseTo(1 - p.flipRate, 12);

    // Missing at random: a higher rate masks a superset of the rows.
    expect(r.missingRates.map((p) => p.strength)).toEqual([0.05, 0.1, 0.25, 0.5]);
    const mr = r.missingRates.map((p) => p.flipRate);
    for (let k = 1; k < mr.length; k++) expect(mr[k]).toBeGreaterThanOrEqual(mr[k - 1] as number);
    expect(mr[3]).toBeGreaterThan(0.1);
    expect(mr[3]).toBeLessThan(0.4);

    expect(r.sensitivity[0]).toEqual({ feature: 'a', score: 0.5 });
    expect(r.sensitivity.map((x) => x.feature).sort()).toEqual(['a', 'b', 'c', 'flag', 'note']);
    for (const x of r.sensitivity.slice(1)) expect(x.score).toBe(0);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(1);
  });

  it('without labels reports no metric and scores by kept predictions (1 − flip rate)', async () => {
    const r = await runRobustness(args({ predict: keyedOnA() }));
    expect(r.baseline).toBeNull();
    for (const p of [...r.noise, ...r.missingByFeature, ...r.missingRates, ...r.reweighting])
      expect(p.metric).toBeNull();
    expect(r.sensitivity[0]).toEqual({ feature: 'a', score: 0.5 });
    // The documented formula over the families with points (re-weighting left out without labels).
    const kept = (ps: { flipRate: number }[]) => ps.reduce((s, p) => s + 1 - p.flipRate, 0) / ps.length;
    const families = [r.noise, r.missingByFeature, r.missingRates, r.unseenCategories, r.shiftByFeature];
    expect(r.score).toBeCloseTo(families.reduce((s, f) => s + kept(f), 0) / families.length, 12);
  });

  it('gives the same report for the same seed and another for another seed', async () => {
    const run = (seed: number) => runRobustness(args({ predict: keyedOnA(), actual: labelsOfA(), seed }));
    const [x, y, z] = [await run(7), await run(7), await run(8)];
    expect(withoutSeconds(y)).toEqual(withoutSeconds(x));
    expect(z.noise).not.toEqual(x.noise);
    expect(z.missingRates).not.toEqual(x.missingRates);
  });

  it('reports progress after every predict call and never changes the input table', async () => {
    const table = mixedTable();
    const predict = keyedOnA();
    const progress: number[] = [];
    await runRobustness(args({ table, predict, onProgress: (f) => progress.push(f) }));
    // Baseline, 5 noise levels, 5 features missing, 4 rates, 1 unseen categorical, 2 shifted numerics.
    expect(predict.calls).toHaveLength(18);
    expect(progress).toHaveLength(18);
    for (let k = 1; k < progress.length; k++) expect(progress[k]).toBeGreaterThan(progress[k - 1] as number);
    expect(progress[17]).toBe(1);
    // Untouched columns are the original objects; "one feature" perturbations replace exactly one.
    for (const t of predict.calls)
      expect(t.columns.map((c) => c.name)).toEqual(table.columns.map((c) => c.name));
    const replaced = predict.calls.map((t) => t.columns.filter((c, k) => c !== table.columns[k]).length);
    expect(replaced).toEqual([0, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 5, 5, 5, 5, 1, 1, 1]);
    const fresh = mixedTable();
    expect(table.columns).toEqual(fresh.columns);
  });

  it('changes only the evaluated rows of a perturbed column', async () => {
    const table = mixedTable();
    const rows = Int32Array.from(idx.filter((i) => i % 2 === 0));
    const predict = keyedOnA();
    const r = await runRobustness({
      ...args({ table, predict }),
      rows,
      actual: Float64Array.from(rows, (i) => (aOf(i) > 0 ? 1 : 0)),
    });
    expect(r.rows).toBe(100);
    for (const t of predict.calls)
      t.columns.forEach((c, k) => {
        const orig = table.columns[k] as Table['columns'][number];
        for (let i = 1; i < MIXED_ROWS; i += 2) expect(cellAt(c, i)).toEqual(cellAt(orig, i));
      });
  });

  it('rejects with a CancelledError once the signal aborts, between predict calls', async () => {
    const controller = new AbortController();
    const predict = keyedOnA();
    const run = runRobustness(
      args({
        predict,
        signal: controller.signal,
        onProgress: () => predict.calls.length === 3 && controller.abort(),
      }),
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(predict.calls).toHaveLength(3);
    const before = keyedOnA();
    await expect(
      runRobustness(args({ predict: before, signal: AbortSignal.abort() })),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(before.calls).toHaveLength(0);
  });

  it('names a feature column the table lacks', async () => {
    await expect(
      runRobustness(args({ predict: keyedOnA(), features: [{ name: 'zz', kind: 'numeric' }] })),
    ).rejects.toThrow(/no column "zz"/);
  });
});

describe('runRobustness with a model that reads only the categorical c', () => {
  // Class 1 for y; x, z and missing → class 0; a category it never saw → class 1.
  const keyedOnC = () =>
    fakeBinary((cell) => {
      const c = cell('c');
      return c === null ? 0.1 : c === 'y' ? 0.9 : c === 'x' || c === 'z' ? 0.1 : 0.6;
    });
  // The model is right everywhere except on z (true class 1).
  const actual = Float64Array.from(idx, (i) => (cOf(i) === 'y' || cOf(i) === 'z' ? 1 : 0));

  it('flips exactly the present non-y rows under an unseen category', async () => {
    const r = await runRobustness(args({ predict: keyedOnC(), actual }));
    expect(r.baseline).toBeCloseTo(1 - share((i) => cOf(i) === 'z'), 12);
    const flips = share((i) => cOf(i) === 'x' || cOf(i) === 'z');
    expect(flips).toBe(0.65);
    // Right afterwards: y and z rows (now class 1) and missing rows (class 0, true 0).
    const right = share((i) => cOf(i) !== 'x');
    expect(r.unseenCategories).toEqual([{ feature: 'c', metric: right, flipRate: flips }]);
    for (const p of r.noise) expect(p).toMatchObject({ metric: r.baseline, flipRate: 0 });
    expect(r.sensitivity[0]?.feature).toBe('c');
  });

  it('re-weights c so its least common category z goes from 10 % to half the rows', async () => {
    const r = await runRobustness(args({ predict: keyedOnC(), actual }));
    // Half the resampled rows are z (all wrong), the other half right.
    expect(r.reweighting).toEqual([
      { feature: 'c', description: 'c: z 10% → 50%', metric: 0.5, flipRate: 0 },
    ]);
  });
});

describe('runRobustness with a model that ignores every feature', () => {
  it('scores 1 with and without labels', async () => {
    const constant = () => fakeBinary(() => 0.7);
    const labeled = await runRobustness(args({ predict: constant(), actual: labelsOfA() }));
    expect(labeled.baseline).toBe(0.5);
    expect(labeled.score).toBe(1);
    expect(labeled.sensitivity.map((s) => s.score)).toEqual([0, 0, 0, 0, 0]);
    const unlabeled = await runRobustness(args({ predict: constant() }));
    expect(unlabeled.score).toBe(1);
  });
});

describe('runRobustness on a regression model', () => {
  // Predicts 2a + 1 (0 when a is missing); the truth is off by ±0.5, so the baseline mae is 0.5.
  const model = () => fakeRegression((cell) => (cell('a') === null ? 0 : 2 * (cell('a') as number) + 1));
  const actual = Float64Array.from(idx, (i) => 2 * aOf(i) + 1 + (i % 2 ? 0.5 : -0.5));

  it('uses mae and flips predictions moved by more than 0.1 target std', async () => {
    const r = await runRobustness({
      ...args({ predict: model(), actual }),
      task: 'regression',
      targetStd: 2,
    });
    expect(r.metric).toBe('mae');
    expect(r.baseline).toBeCloseTo(0.5, 5);
    const b = r.missingByFeature.find((e) => e.feature === 'b');
    expect(b?.flipRate).toBe(0);
    expect(b?.metric).toBeCloseTo(0.5, 5);
    const a = idx.map(aOf);
    const m = a.reduce((s, x) => s + x, 0) / a.length;
    const s = popStd(a);
    // Δprediction = 2 (0.5 (a − m) + s)
    const moved = share((i) => Math.abs(2 * (0.5 * (aOf(i) - m) + s)) > 0.2);
    expect(r.shiftByFeature.find((e) => e.feature === 'a')?.flipRate).toBeCloseTo(moved, 12);
    const missingA = r.missingByFeature.find((e) => e.feature === 'a');
    // 2a + 1 are odd multiples of 0.1: none sits on the 0.2 boundary.
    expect(missingA?.flipRate).toBe(share((i) => Math.abs(2 * aOf(i) + 1) > 0.2));
    expect(r.sensitivity[0]?.feature).toBe('a');
    // Its score is the larger loss of its own effects (missing, shift): 1 − baseline mae / perturbed mae.
    const shiftA = r.shiftByFeature.find((e) => e.feature === 'a');
    const losses = [missingA, shiftA].map((e) => 1 - (r.baseline as number) / (e?.metric as number));
    expect(r.sensitivity[0]?.score).toBeCloseTo(Math.max(...losses), 12);
    expect(losses[1]).toBeGreaterThan(losses[0] as number);
  });

  it('takes the target std from the labels when not given', async () => {
    const r = await runRobustness({ ...args({ predict: model(), actual }), task: 'regression' });
    const tolerance = 0.1 * popStd(Array.from(actual));
    const missingA = r.missingByFeature.find((e) => e.feature === 'a');
    expect(missingA?.flipRate).toBe(share((i) => Math.abs(2 * aOf(i) + 1) > tolerance));
  });
});
