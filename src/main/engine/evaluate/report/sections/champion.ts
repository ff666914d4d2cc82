/** "Champion vs challenger": the candidate's metrics beside the production version's on the same rows. */
import type { EvaluationReport } from '../../../../../shared/evaluate.js';
import { formatNumber } from '../format.js';
import { type Html, h } from '../html.js';
import { accuracyMetricValues, metricLabel } from '../metric-values.js';
import { changeCell, dataTable, section } from './parts.js';

interface Row {
  metric: string;
  candidate: number | null;
  production: number | null;
}

/** The comparison rows: the task's metrics, then the robustness score and latency when both have them. */
export function comparisonRows(report: EvaluationReport): Row[] {
  const p = report.production;
  if (!p) return [];
  const theirs = new Map(accuracyMetricValues(p.metrics));
  const rows: Row[] = accuracyMetricValues(report.metrics).map(([metric, candidate]) => ({
    metric,
    candidate,
    production: theirs.get(metric) ?? null,
  }));
  rows.push({
    metric: 'robustness_score',
    candidate: report.robustness?.score ?? null,
    production: p.robustnessScore,
  });
  const lat = report.latency;
  if (lat?.production) {
    rows.push({ metric: 'latency_p95_ms', candidate: lat.candidate.p95, production: lat.production.p95 });
    rows.push({
      metric: 'throughput_rps',
      candidate: lat.candidate.throughput,
      production: lat.production.throughput,
    });
  }
  return rows;
}

/** The section, or nothing when there is no production version. */
export function championSection(report: EvaluationReport): Html | null {
  const p = report.production;
  if (!p) return null;
  return section(
    'champion',
    'Champion vs challenger',
    h('p', null, `Candidate v${report.version} against production v${p.version} on the same rows.`),
    dataTable(
      [
        { label: 'Metric', cell: (r: Row) => metricLabel(r.metric) },
        { label: `Candidate v${report.version}`, num: true, cell: (r) => formatNumber(r.candidate) },
        { label: `Production v${p.version}`, num: true, cell: (r) => formatNumber(r.production) },
        {
          label: 'Change',
          num: true,
          cell: (r) =>
            changeCell(
              r.metric,
              r.candidate === null || r.production === null ? null : r.candidate - r.production,
            ),
        },
      ],
      comparisonRows(report),
    ),
  );
}
