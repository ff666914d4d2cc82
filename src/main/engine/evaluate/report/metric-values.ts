/**
 * The headline metrics of a set of accuracy metrics under their gate names (accuracy, roc_auc,
 * mae …), with display names and which way is better, for the comparison and slice tables.
 */
import { type AccuracyMetrics, GATE_METRICS, type GateMetric } from '../../../../shared/evaluate.js';

/** Display names of the gate metrics. */
export const METRIC_LABELS: Record<GateMetric, string> = {
  accuracy: 'Accuracy',
  balanced_accuracy: 'Balanced accuracy',
  f1_macro: 'F1 (macro)',
  f1_weighted: 'F1 (weighted)',
  precision_macro: 'Precision (macro)',
  recall_macro: 'Recall (macro)',
  roc_auc: 'ROC-AUC',
  average_precision: 'Average precision',
  log_loss: 'Log loss',
  ece: 'Expected calibration error',
  mae: 'MAE',
  rmse: 'RMSE',
  r2: 'R²',
  mape: 'MAPE',
  latency_p50_ms: 'Latency p50 (ms)',
  latency_p95_ms: 'Latency p95 (ms)',
  latency_p99_ms: 'Latency p99 (ms)',
  throughput_rps: 'Throughput (req/s)',
  error_rate: 'Error rate',
  robustness_score: 'Robustness score',
};

/** The display name of a metric (gate names get theirs; others are shown as given). */
export function metricLabel(name: string): string {
  return name in METRIC_LABELS ? METRIC_LABELS[name as GateMetric] : name;
}

/** 'higher' or 'lower' is better for a known metric name, null for others. */
export function betterDirection(name: string): 'higher' | 'lower' | null {
  return name in GATE_METRICS ? GATE_METRICS[name as GateMetric] : null;
}

/** Whether `delta` (new − old) is an improvement, a regression, or neither / unknown. */
export function changeKind(dir: 'higher' | 'lower' | null, delta: number | null): 'better' | 'worse' | null {
  if (dir === null || delta === null || !Number.isFinite(delta) || delta === 0) return null;
  return delta > 0 === (dir === 'higher') ? 'better' : 'worse';
}

/** The task's headline metrics, in display order, by gate name. */
export function accuracyMetricValues(m: AccuracyMetrics): [GateMetric, number | null][] {
  if (m.kind === 'regression') {
    return [
      ['mae', m.mae],
      ['rmse', m.rmse],
      ['r2', m.r2],
      ['mape', m.mape],
    ];
  }
  return [
    ['accuracy', m.accuracy],
    ['balanced_accuracy', m.balancedAccuracy],
    ['roc_auc', m.rocAuc],
    ['average_precision', m.averagePrecision],
    ['log_loss', m.logLoss],
    ['ece', m.ece],
    ['precision_macro', m.macro.precision],
    ['recall_macro', m.macro.recall],
    ['f1_macro', m.macro.f1],
    ['f1_weighted', m.weighted.f1],
  ];
}
