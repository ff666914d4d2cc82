import { describe, expect, it } from 'vitest';
import { TuneSpec } from '../../../../shared/train.js';
import { AshaStrategy } from './asha.js';
import { defaultSearchSpace } from './default-spaces.js';
import type { MetricName } from './metric-order.js';
import type { StrategyAction } from './strategy.js';

const OPEN = { canStart: true, canExtend: true };
const NO_STARTS = { canStart: false, canExtend: true };

function asha(trials: number, metric: MetricName = 'accuracy', maxEpochs = 9) {
  const spec = TuneSpec.parse({ versionId: 'v', strategy: 'hyperband', trials, maxEpochs, eta: 3 });
  return new AshaStrategy({ spec, space: defaultSearchSpace('mlp'), metric });
}

const ok = (metric: number, epochsDone: number) => ({ status: 'succeeded' as const, epochsDone, metric });
const brief = (a: StrategyAction) =>
  a.kind === 'extend'
    ? `extend ${a.trial} to ${a.epochs} (rung ${a.rung})`
    : a.kind === 'start'
      ? `start ${a.trial} for ${a.epochs}`
      : a.kind;

/** Rung-0 metrics of 9 trials; by accuracy the top third is trials 3, 7, 1; by rmse 2, 6, 0. */
const RUNG0 = [0.7, 0.85, 0.6, 0.9, 0.75, 0.8, 0.65, 0.88, 0.72];

function startAll(s: AshaStrategy, n: number): StrategyAction[] {
  return Array.from({ length: n }, () => s.next(OPEN));
}

describe('ASHA successive halving', () => {
  it('starts trials at the first rung, then promotes the top 1/eta rung by rung', () => {
    const s = asha(9);
    expect(s.rungs).toEqual([1, 3, 9]);
    const starts = startAll(s, 9);
    expect(starts.map(brief)).toEqual(Array.from({ length: 9 }, (_, i) => `start ${i} for 1`));
    expect(s.next(NO_STARTS).kind).toBe('wait');
    RUNG0.forEach((m, i) => {
      s.report(i, ok(m, 1));
    });
    const promoted = [s.next(NO_STARTS), s.next(NO_STARTS), s.next(NO_STARTS), s.next(NO_STARTS)];
    expect(promoted.map(brief)).toEqual([
      'extend 3 to 3 (rung 1)',
      'extend 7 to 3 (rung 1)',
      'extend 1 to 3 (rung 1)',
      'wait',
    ]);
    s.report(3, ok(0.91, 3));
    s.report(7, ok(0.93, 3));
    s.report(1, ok(0.89, 3));
    expect(brief(s.next(NO_STARTS))).toBe('extend 7 to 9 (rung 2)');
    expect(s.next(NO_STARTS).kind).toBe('wait');
    s.report(7, ok(0.95, 9));
    expect(s.next(NO_STARTS).kind).toBe('done');
    // 9 trials × 1 + 3 × 2 + 1 × 6 epochs: the plan for 9 trials, so all planned work is done.
    expect(s.progress()).toBe(1);
  });

  it('ranks by lowest value for rmse', () => {
    const s = asha(9, 'rmse');
    startAll(s, 9);
    RUNG0.forEach((m, i) => {
      s.report(i, ok(m, 1));
    });
    expect([s.next(NO_STARTS), s.next(NO_STARTS), s.next(NO_STARTS)].map(brief)).toEqual([
      'extend 2 to 3 (rung 1)',
      'extend 6 to 3 (rung 1)',
      'extend 0 to 3 (rung 1)',
    ]);
  });

  it('promotes asynchronously, before starting new trials', () => {
    const s = asha(9);
    startAll(s, 3);
    s.report(0, ok(0.7, 1));
    s.report(1, ok(0.85, 1));
    // 2 of 3 done: floor(2/3) = 0, nobody is promoted yet.
    expect(brief(s.next(OPEN))).toBe('start 3 for 1');
    s.report(2, ok(0.6, 1));
    expect(brief(s.next(OPEN))).toBe('extend 1 to 3 (rung 1)');
    expect(brief(s.next(OPEN))).toBe('start 4 for 1');
  });

  it('never promotes failed trials or ones the trainer stopped early, and does not count failures', () => {
    const s = asha(9);
    startAll(s, 4);
    s.report(0, { status: 'failed', epochsDone: 0, metric: null });
    s.report(1, ok(0.9, 1));
    s.report(2, ok(0.8, 1));
    // Three trials reported, one failed: 2 completions, floor(2/3) = 0.
    expect(s.next(NO_STARTS).kind).toBe('wait');
    s.report(3, ok(0.7, 1));
    expect(brief(s.next(NO_STARTS))).toBe('extend 1 to 3 (rung 1)');
    s.report(1, ok(0.95, 2)); // stopped early at 2 of 3 epochs: complete, not extended further
    expect(s.next(NO_STARTS).kind).toBe('done');
  });

  it('pushes the best trial to the top rung when too few trials complete a rung for the 1/eta rule', () => {
    const s = asha(3, 'accuracy', 9);
    expect(s.rungs).toEqual([3, 9]);
    startAll(s, 3);
    s.report(0, ok(0.8, 3));
    s.report(1, { status: 'cancelled', epochsDone: 1, metric: null });
    s.report(2, ok(0.85, 3));
    // 2 completions at rung 0 promote nobody by the rule; nothing will start or run any more.
    expect(brief(s.next(NO_STARTS))).toBe('extend 2 to 9 (rung 1)');
    s.report(2, ok(0.86, 9));
    expect(s.next(NO_STARTS).kind).toBe('done');
  });

  it('extends nothing when the time budget is spent', () => {
    const s = asha(9);
    startAll(s, 9);
    RUNG0.forEach((m, i) => {
      s.report(i, ok(m, 1));
    });
    expect(s.next({ canStart: false, canExtend: false }).kind).toBe('done');
  });
});
