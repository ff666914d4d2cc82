import type { EvaluationReport } from '../../../../../shared/evaluate';
import { metricUnit, type ValueUnit } from './format-eval';
import { isLowerBetter, metricLabel } from './metric-names';
import { metricOf } from './report-metrics';

/** One row of the champion-vs-challenger table. */
export interface ChampionRow {
  metric: string;
  label: string;
  unit: ValueUnit;
  /** The evaluated version (challenger). */
  candidate: number | null;
  /** The production version (champion) on the same rows. */
  production: number | null;
  /** candidate − production; null when either is missing. */
  difference: number | null;
  /** Which side the difference favours (by the metric's direction); null when unknown or equal. */
  better: 'candidate' | 'production' | null;
}

const CLASSIFICATION = [
  'accuracy',
  'balanced_accuracy',
  'f1_macro',
  'roc_auc',
  'average_precision',
  'log_loss',
  'ece',
];
const REGRESSION = ['mae', 'rmse', 'r2', 'mape'];

function row(metric: string, candidate: number | null, production: number | null): ChampionRow {
  const difference = candidate === null || production === null ? null : candidate - production;
  let better: ChampionRow['better'] = null;
  if (difference !== null && difference !== 0) {
    const candidateHigher = difference > 0;
    better = candidateHigher !== isLowerBetter(metric) ? 'candidate' : 'production';
  }
  return {
    metric,
    label: metricLabel(metric),
    unit: metricUnit(metric),
    candidate,
    production,
    difference,
    better,
  };
}

/**
 * The same metrics of the candidate and the production version side by side with their difference:
 * accuracy metrics on the same rows, the robustness score, and latency when both were load tested.
 * Empty when the report has no production version to compare with.
 */
export function championRows(report: EvaluationReport): ChampionRow[] {
  const prod = report.production;
  if (!prod) return [];
  const keys = report.metrics.kind === 'classification' ? CLASSIFICATION : REGRESSION;
  const rows = keys.map((k) => row(k, metricOf(report.metrics, k), metricOf(prod.metrics, k)));
  const robustness = report.robustness?.score ?? null;
  if (robustness !== null || prod.robustnessScore !== null) {
    rows.push(row('robustness_score', robustness, prod.robustnessScore));
  }
  const lat = report.latency;
  if (lat?.production) {
    rows.push(row('latency_p50_ms', lat.candidate.p50, lat.production.p50));
    rows.push(row('latency_p95_ms', lat.candidate.p95, lat.production.p95));
    rows.push(row('latency_p99_ms', lat.candidate.p99, lat.production.p99));
    rows.push(row('throughput_rps', lat.candidate.throughput, lat.production.throughput));
    rows.push(row('error_rate', lat.candidate.errorRate, lat.production.errorRate));
  }
  return rows;
}
