import type { EvaluationReport } from '../../../../shared/evaluate.js';

const f3 = (x: number) => x.toFixed(3);

/** One line for lists and lineage, e.g. "accuracy 0.856, ROC-AUC 0.910; robustness 0.93; p99 3.1 ms; gate passed (4 of 4 checks)". */
export function evaluationSummary(r: EvaluationReport): string {
  const parts: string[] = [];
  const m = r.metrics;
  if (m.kind === 'classification') {
    parts.push(`accuracy ${f3(m.accuracy)}${m.rocAuc !== null ? `, ROC-AUC ${f3(m.rocAuc)}` : ''}`);
  } else {
    parts.push(`MAE ${m.mae.toPrecision(4)}${m.r2 !== null ? `, R² ${f3(m.r2)}` : ''}`);
  }
  if (r.robustness) parts.push(`robustness ${r.robustness.score.toFixed(2)}`);
  if (r.latency) parts.push(`p99 ${r.latency.candidate.p99.toFixed(1)} ms`);
  const passed = r.gate.checks.filter((c) => c.passed).length;
  parts.push(`gate ${r.gate.passed ? 'passed' : 'blocked'} (${passed} of ${r.gate.checks.length} checks)`);
  return parts.join('; ');
}
