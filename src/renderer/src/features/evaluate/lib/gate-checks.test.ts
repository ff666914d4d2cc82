import { describe, expect, it } from 'vitest';
import type { CheckResult, GateVerdict } from '../../../../../shared/evaluate';
import { checkRow, verdictLine } from './gate-checks';

const check = (patch: Partial<CheckResult> = {}): CheckResult => ({
  description: 'accuracy ≥ 0.8',
  metric: 'accuracy',
  slice: null,
  kind: 'min',
  observed: 0.8563,
  threshold: 0.8,
  production: null,
  passed: true,
  note: null,
  ...patch,
});

describe('gate verdict', () => {
  it('formats each check in its metric’s unit', () => {
    expect(checkRow(check())).toEqual({
      description: 'accuracy ≥ 0.8',
      passed: true,
      observed: '0.8563',
      threshold: '0.8',
      production: '—',
      note: '',
    });
    expect(
      checkRow(
        check({
          description: 'latency p95 ≤ production + 2 ms',
          metric: 'latency_p95_ms',
          kind: 'maxDropVsProduction',
          observed: 7.25,
          threshold: 6,
          production: 4,
          passed: false,
          note: 'slower than production by 3.25 ms',
        }),
      ),
    ).toMatchObject({
      observed: '7.25 ms',
      threshold: '6 ms',
      production: '4 ms',
      note: 'slower than production by 3.25 ms',
    });
  });

  it('sums the verdict up in a line', () => {
    const verdict = (passed: boolean, checks: CheckResult[], source: 'model' | 'default'): GateVerdict => ({
      passed,
      policy: { checks: [] },
      policySource: source,
      productionVersion: null,
      checks,
    });
    expect(verdictLine(verdict(true, [check(), check()], 'default'))).toBe(
      '2 of 2 checks passed · the default policy',
    );
    expect(verdictLine(verdict(false, [check({ passed: false })], 'model'))).toBe(
      '0 of 1 check passed · the model’s own policy',
    );
    expect(verdictLine(verdict(true, [], 'default'))).toBe('no checks · the default policy');
  });
});
