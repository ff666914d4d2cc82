import { describe, expect, it } from 'vitest';
import { GatePolicy, type Slice, type SliceReport } from '../../../../shared/evaluate.js';
import { defaultPolicy } from './default-policy.js';
import { runGate } from './run-gate.js';

const slice = (feature: string, value: string, rows: number, accuracy: number): Slice => ({
  feature,
  value,
  kind: 'category',
  rows,
  metrics: { accuracy },
  delta: accuracy - 0.85,
  flagged: false,
  flagReason: null,
});

const slices: SliceReport = {
  metric: 'accuracy',
  overall: 0.85,
  minRows: 30,
  slices: [slice('sex', 'Male', 600, 0.82), slice('sex', 'Female', 400, 0.91), slice('sex', 'Other', 5, 0.2)],
};

const candidate = {
  values: { accuracy: 0.85, log_loss: 0.33, latency_p99_ms: 4.2, roc_auc: 0.9 },
  slices,
};

describe('runGate', () => {
  it('holds value checks against their bounds and records observed and threshold', () => {
    const v = runGate(
      {
        checks: [
          { metric: 'accuracy', min: 0.8 },
          { metric: 'latency_p99_ms', max: 4 },
        ],
      },
      'model',
      candidate,
      null,
    );
    expect(v.passed).toBe(false);
    expect(v.checks.map((c) => [c.description, c.observed, c.threshold, c.passed])).toEqual([
      ['accuracy ≥ 0.8', 0.85, 0.8, true],
      ['latency_p99_ms ≤ 4', 4.2, 4, false],
    ]);
  });

  it('fails a check whose metric was not measured, saying how to measure it', () => {
    const v = runGate({ checks: [{ metric: 'robustness_score', min: 0.7 }] }, 'model', candidate, null);
    expect(v.passed).toBe(false);
    expect(v.checks[0]?.observed).toBeNull();
    expect(v.checks[0]?.note).toMatch(/--robustness/);
  });

  it('compares with production in the metric direction (higher or lower is better)', () => {
    const production = { version: 3, values: { accuracy: 0.855, log_loss: 0.3 } };
    const v = runGate(
      {
        checks: [
          { metric: 'accuracy', maxDropVsProduction: 0.01 },
          { metric: 'accuracy', minGainVsProduction: 0.01 },
          { metric: 'log_loss', maxDropVsProduction: 0.02 },
        ],
      },
      'model',
      candidate,
      production,
    );
    expect(v.productionVersion).toBe(3);
    const [drop, gain, loss] = v.checks;
    expect(drop).toMatchObject({ passed: true, production: 0.855 });
    expect(drop?.threshold).toBeCloseTo(0.845, 12);
    expect(gain).toMatchObject({ passed: false });
    expect(gain?.threshold).toBeCloseTo(0.865, 12);
    // log loss: lower is better, so "worse by at most 0.02" means ≤ 0.32; 0.33 fails.
    expect(loss?.threshold).toBeCloseTo(0.32, 12);
    expect(loss?.passed).toBe(false);
    expect(loss?.description).toBe('log_loss no more than 0.02 above production');
  });

  it('passes change checks when there is no production version', () => {
    const v = runGate(defaultPolicy('binary'), 'default', candidate, null);
    expect(v.passed).toBe(true);
    expect(v.checks[0]?.note).toMatch(/no production/);
  });

  it('checks every large-enough slice and reports the worst', () => {
    const v = runGate(
      { checks: [{ slice: 'sex', metric: 'accuracy', min: 0.83 }] },
      'model',
      candidate,
      null,
    );
    expect(v.passed).toBe(false);
    expect(v.checks[0]).toMatchObject({ observed: 0.82, threshold: 0.83, slice: 'sex' });
    expect(v.checks[0]?.note).toBe(
      'worst slice: sex = Male (600 rows); 1 slice(s) under 30 rows not checked',
    );
    const ok = runGate(
      { checks: [{ slice: 'sex', metric: 'accuracy', min: 0.8 }] },
      'model',
      candidate,
      null,
    );
    expect(ok.passed).toBe(true);
    const missing = runGate(
      { checks: [{ slice: 'race', metric: 'accuracy', min: 0.8 }] },
      'model',
      candidate,
      null,
    );
    expect(missing.checks[0]?.note).toBe('no slices of "race"; sliced features: sex');
  });
});

describe('GatePolicy', () => {
  it('refuses unknown metrics, listing the known ones', () => {
    const r = GatePolicy.safeParse({ checks: [{ metric: 'acuracy', min: 0.8 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/unknown metric; known metrics: accuracy, balanced_accuracy/);
  });

  it('needs exactly one bound per check and no change checks on slices', () => {
    expect(GatePolicy.safeParse({ checks: [{ metric: 'accuracy' }] }).error?.issues[0]?.message).toMatch(
      /exactly one of min, max/,
    );
    expect(
      GatePolicy.safeParse({ checks: [{ metric: 'accuracy', min: 0.1, max: 0.9 }] }).error?.issues[0]
        ?.message,
    ).toMatch(/this one has min, max/);
    expect(
      GatePolicy.safeParse({ checks: [{ slice: 'sex', metric: 'accuracy', maxDropVsProduction: 0.1 }] }).error
        ?.issues[0]?.message,
    ).toMatch(/slice check takes min or max/);
    expect(GatePolicy.safeParse({ checks: [{ metric: 'accuracy', min: 0.8, extra: 1 }] }).success).toBe(
      false,
    );
  });
});
