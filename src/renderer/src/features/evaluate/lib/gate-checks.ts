import type { CheckResult, GateVerdict } from '../../../../../shared/evaluate';
import { formatMetricValue } from './format-eval';

/** One gate check as the verdict panel shows it. */
export interface CheckRow {
  description: string;
  passed: boolean;
  observed: string;
  threshold: string;
  production: string;
  note: string;
}

/** A check's numbers in the metric's unit (ms, req/s, %, or a score). */
export function checkRow(c: CheckResult): CheckRow {
  return {
    description: c.description,
    passed: c.passed,
    observed: formatMetricValue(c.metric, c.observed),
    threshold: formatMetricValue(c.metric, c.threshold),
    production: formatMetricValue(c.metric, c.production),
    note: c.note ?? '',
  };
}

/** The verdict's counts and policy in a line (beside its badge): "4 of 4 checks passed · the default policy". */
export function verdictLine(v: GateVerdict): string {
  const passed = v.checks.filter((c) => c.passed).length;
  const source = v.policySource === 'model' ? 'the model’s own policy' : 'the default policy';
  const checks =
    v.checks.length === 0
      ? 'no checks'
      : `${passed} of ${v.checks.length} check${v.checks.length === 1 ? '' : 's'} passed`;
  return `${checks} · ${source}`;
}
