import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { TrialRecord, TuneSpec } from '../../../../shared/train.js';
import { defaultSearchSpace } from './default-spaces.js';
import { computeRungs } from './rungs.js';
import { sampleTrialValues } from './sample-values.js';
import { type SyntheticOptions, SyntheticRunner } from './synthetic-runner.js';
import { runTuning, type TuneHooks } from './tune.js';

const space = defaultSearchSpace('mlp');

/** Best first: accuracy descending, rmse ascending (written out here, not taken from the code under test). */
const compareMetric = (metric: 'accuracy' | 'rmse', a: number, b: number) =>
  metric === 'rmse' ? a - b : b - a;

function spec(over: Record<string, unknown>): TuneSpec {
  return TuneSpec.parse({ versionId: 'v1', seed: 5, ...over });
}

interface Update {
  trials: TrialRecord[];
  fraction: number;
  message: string;
}

async function tune(s: TuneSpec, o: SyntheticOptions = {}, hooks: Partial<TuneHooks> = {}) {
  const metric = o.metric ?? 'accuracy';
  const clock = o.clock ?? { now: 0 };
  const runner = new SyntheticRunner({ ...o, clock });
  const updates: Update[] = [];
  const result = await runTuning(s, space, metric, runner, {
    signal: new AbortController().signal,
    now: () => clock.now,
    onUpdate: (trials, p) => updates.push({ trials, ...p }),
    ...hooks,
  });
  expect(TrialRecord.array().parse(result.trials)).toEqual(result.trials);
  return { result, runner, updates };
}

/** Epochs the runner trained, counted from its calls: each call adds (asked − already done), capped by early stops. */
function epochsFromOutcomes(runner: SyntheticRunner): number {
  const last = new Map<string, number>();
  for (const o of runner.outcomes) last.set(o.runId, Math.max(last.get(o.runId) ?? 0, o.epochsDone));
  return [...last.values()].reduce((a, b) => a + b, 0);
}

describe('runTuning with random search', () => {
  it('starts exactly `trials` trials of maxEpochs, at most `concurrency` at once', async () => {
    const { result, runner } = await tune(
      spec({ strategy: 'random', trials: 5, maxEpochs: 4, concurrency: 2 }),
    );
    expect(runner.calls.map((c) => `${c.kind} ${c.runId} ${c.epochs}`)).toEqual(
      [1, 2, 3, 4, 5].map((i) => `start run-${i} 4`),
    );
    expect(runner.maxInFlight).toBe(2);
    expect(result.trials.map((t) => [t.runId, t.status, t.epochsDone, t.rung])).toEqual(
      [1, 2, 3, 4, 5].map((i) => [`run-${i}`, 'succeeded', 4, 0]),
    );
    expect(result.trials.map((t) => t.values)).toEqual(
      [0, 1, 2, 3, 4].map((k) => sampleTrialValues(space, 5, k)),
    );
    expect(result.totalEpochs).toBe(20);
    const best = [...runner.outcomes].sort((a, b) => (b.metric as number) - (a.metric as number))[0];
    expect(result.bestRunId).toBe(best?.runId);
  });

  it('runs one trial at a time with concurrency 1', async () => {
    const { runner } = await tune(spec({ strategy: 'random', trials: 4, maxEpochs: 2, concurrency: 1 }));
    expect(runner.calls).toHaveLength(4);
    expect(runner.maxInFlight).toBe(1);
  });

  it('stops starting trials once the time budget is spent (fake clock)', async () => {
    // One minute per epoch, 10 epochs per trial: trials start at 0, 10 and 20 minutes; at 30 the budget is spent.
    const { result, runner, updates } = await tune(
      spec({ strategy: 'random', trials: 20, maxEpochs: 10, timeBudgetMinutes: 30 }),
      { msPerEpoch: 60_000 },
    );
    expect(runner.calls.map((c) => c.at / 60_000)).toEqual([0, 10, 20]);
    expect(result.trials).toHaveLength(3);
    expect(result.totalEpochs).toBe(30);
    // The time fraction drives progress: 2 of 20 trials but 20 of 30 minutes done after the second trial.
    const afterSecond = updates.find((u) => u.message.startsWith('trial 2 10 epochs'));
    expect(afterSecond?.fraction).toBeCloseTo(20 / 30, 5);
  });

  it('records failed trials and goes on', async () => {
    const { result } = await tune(spec({ strategy: 'random', trials: 5, maxEpochs: 3, concurrency: 2 }), {
      fail: (trial) => (trial === 1 ? 'throw' : trial === 3 ? 'failed' : null),
    });
    expect(result.trials.map((t) => t.status)).toEqual([
      'succeeded',
      'failed',
      'succeeded',
      'failed',
      'succeeded',
    ]);
    expect(result.trials[1]?.metric).toBeNull();
    expect(['run-1', 'run-3', 'run-5']).toContain(result.bestRunId);
  });

  it('keeps a trial the trainer stopped early as complete with its epochs', async () => {
    const { result } = await tune(spec({ strategy: 'random', trials: 2, maxEpochs: 6 }), {
      stopsAt: (trial) => (trial === 0 ? 4 : null),
    });
    expect(result.trials.map((t) => [t.status, t.epochsDone])).toEqual([
      ['succeeded', 4],
      ['succeeded', 6],
    ]);
    expect(result.totalEpochs).toBe(10);
  });
});

describe('runTuning with hyperband (ASHA)', () => {
  const hb = (over: Record<string, unknown> = {}) =>
    spec({ strategy: 'hyperband', trials: 12, maxEpochs: 9, eta: 3, concurrency: 1, ...over });

  /**
   * Replays the runner's log: every extend must target the next rung's epochs, and the trial must
   * then be in the top floor(n/eta) of the n trials that had completed its current rung.
   */
  function checkPromotions(
    runner: SyntheticRunner,
    rungs: number[],
    eta: number,
    metric: 'accuracy' | 'rmse',
  ) {
    const atRung: Map<string, number>[] = rungs.map(() => new Map());
    const rungOf = new Map<string, number>();
    let promotions = 0;
    // The runner logs a call when it begins and an outcome when it ends; the scheduler settles each
    // outcome before the runner's next epoch turn, so the log order is the order it saw them in.
    for (const e of runner.log) {
      if (e.type === 'outcome') {
        const o = e.outcome;
        if (o.status === 'succeeded' && o.metric !== null)
          atRung[rungOf.get(o.runId) ?? 0]?.set(o.runId, o.metric);
        continue;
      }
      const call = e.call;
      if (call.kind === 'start') {
        expect(call.epochs).toBe(rungs[0]);
        rungOf.set(call.runId, 0);
        continue;
      }
      promotions++;
      const from = rungOf.get(call.runId) ?? -1;
      expect(call.epochs).toBe(rungs[from + 1]);
      const done = [...(atRung[from] ?? new Map<string, number>()).entries()].sort((a, b) =>
        compareMetric(metric, a[1], b[1]),
      );
      const top = done.slice(0, Math.floor(done.length / eta)).map(([id]) => id);
      expect(top).toContain(call.runId);
      rungOf.set(call.runId, from + 1);
    }
    return promotions;
  }

  for (const metric of ['accuracy', 'rmse'] as const) {
    it(`promotes only the top 1/eta at each rung, to the next rung's epochs, and stops the rest (${metric})`, async () => {
      const { result, runner } = await tune(hb(), { metric });
      const rungs = computeRungs(9, 3, 12);
      expect(rungs).toEqual([1, 3, 9]);
      const promotions = checkPromotions(runner, rungs, 3, metric);
      expect(promotions).toBeGreaterThanOrEqual(4 + 1);
      expect(runner.calls.filter((c) => c.kind === 'start')).toHaveLength(12);
      // The overall top third at rung 0 all went on to rung 1.
      const byRun = new Map(
        runner.outcomes.filter((o) => o.epochsDone === 1).map((o) => [o.runId, o.metric as number]),
      );
      const top4 = [...byRun.entries()].sort((a, b) => compareMetric(metric, a[1], b[1])).slice(0, 4);
      for (const [runId] of top4)
        expect(runner.calls.some((c) => c.kind === 'extend' && c.runId === runId)).toBe(true);
      // Statuses: never extended → stopped at rung 0 after 1 epoch; reached 9 epochs → succeeded.
      for (const t of result.trials) {
        if (t.epochsDone === 9) expect([t.status, t.rung]).toEqual(['succeeded', 2]);
        else expect(t.status).toBe('stopped');
        if (t.rung === 0) expect(t.epochsDone).toBe(1);
      }
      expect(result.trials.some((t) => t.rung === 2)).toBe(true);
      expect(result.totalEpochs).toBe(epochsFromOutcomes(runner));
      expect(result.totalEpochs).toBeLessThan(12 * 9 * 0.4);
      const finishers = result.trials.filter((t) => t.status === 'succeeded');
      const best = finishers.sort((a, b) => compareMetric(metric, a.metric as number, b.metric as number))[0];
      expect(result.bestRunId).toBe(best?.runId);
    });
  }

  it('keeps at most `concurrency` calls in flight and still follows the rule', async () => {
    const { runner, result } = await tune(hb({ concurrency: 2, trials: 16 }));
    expect(runner.maxInFlight).toBe(2);
    checkPromotions(runner, computeRungs(9, 3, 16), 3, 'accuracy');
    expect(result.trials).toHaveLength(16);
  });

  it('records failures, cancels nothing else, and ends with a best trial', async () => {
    const { result } = await tune(hb(), { fail: (trial) => (trial % 4 === 1 ? 'throw' : null) });
    expect(result.trials.filter((t) => t.status === 'failed').map((t) => t.runId)).toEqual([
      'run-2',
      'run-6',
      'run-10',
    ]);
    expect(result.bestRunId).not.toBeNull();
    expect(['run-2', 'run-6', 'run-10']).not.toContain(result.bestRunId);
  });

  it('makes no call after the time budget is spent', async () => {
    const { runner, result } = await tune(hb({ timeBudgetMinutes: 10 }), { msPerEpoch: 60_000 });
    expect(runner.calls.length).toBeGreaterThan(3);
    for (const c of runner.calls) expect(c.at).toBeLessThan(10 * 60_000);
    expect(result.trials.length).toBeLessThan(12);
  });

  it('is reproducible with the same seed, and differs with another', async () => {
    const a = await tune(hb({ concurrency: 2 }));
    const b = await tune(hb({ concurrency: 2 }));
    const c = await tune(hb({ concurrency: 2, seed: 6 }));
    expect(b.result).toEqual(a.result);
    expect(b.runner.calls).toEqual(a.runner.calls);
    expect(c.result.trials.map((t) => t.values)).not.toEqual(a.result.trials.map((t) => t.values));
  });
});

describe('runTuning, common behaviour', () => {
  it('picks the best trial by the metric direction', async () => {
    const table = [0.8, 0.9, 0.85, 0.7];
    const s = spec({ strategy: 'random', trials: 4, maxEpochs: 2 });
    const metricOf = (trial: number) => table[trial] as number;
    expect((await tune(s, { metricOf })).result.bestRunId).toBe('run-2');
    expect((await tune(s, { metricOf, metric: 'rmse' })).result.bestRunId).toBe('run-4');
  });

  it('stops scheduling when cancelled, awaits the running trial and returns what it has', async () => {
    const ac = new AbortController();
    const { result, runner, updates } = await tune(
      spec({ strategy: 'random', trials: 6, maxEpochs: 3 }),
      {
        signal: ac.signal,
        onCall: (c) => {
          if (c.runId === 'run-3') ac.abort();
        },
      },
      { signal: ac.signal },
    );
    expect(runner.calls).toHaveLength(3);
    expect(result.trials.map((t) => t.status)).toEqual(['succeeded', 'succeeded', 'cancelled']);
    expect(['run-1', 'run-2']).toContain(result.bestRunId);
    expect(updates.at(-1)?.fraction).toBe(1);
  });

  it('reports every change with the trials so far and a progress that never goes back', async () => {
    const { updates, result } = await tune(spec({ strategy: 'hyperband', trials: 9, maxEpochs: 9 }));
    expect(updates.length).toBeGreaterThan(9 * 2);
    for (let i = 1; i < updates.length; i++)
      expect(updates[i]?.fraction).toBeGreaterThanOrEqual(updates[i - 1]?.fraction as number);
    expect(updates.at(-1)?.fraction).toBe(1);
    expect(updates.at(-1)?.trials).toEqual(result.trials);
    // The run id is known (through the runner's `started` callback) while the trial still runs.
    const first = updates.find((u) => u.trials.length === 1 && u.trials[0]?.status === 'running');
    expect(first?.trials[0]?.runId).toBe('run-1');
  });

  it('refuses an invalid space before training anything', async () => {
    const runner = new SyntheticRunner();
    const bad = [{ type: 'float' as const, path: 'mlp.dropout', min: 0.6, max: 0.2, log: false }];
    const run = runTuning(spec({}), bad, 'accuracy', runner, {
      signal: new AbortController().signal,
      now: () => 0,
      onUpdate: () => {},
    });
    await expect(run).rejects.toThrow(AppError);
    await expect(run).rejects.toThrow(/dimension 1 \(mlp\.dropout\): min 0\.6 is greater than max 0\.2/);
    expect(runner.calls).toHaveLength(0);
  });
});
