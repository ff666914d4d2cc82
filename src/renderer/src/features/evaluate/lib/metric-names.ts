import { GATE_METRICS } from '../../../../../shared/gate-metrics';

/** Whether higher is better for each gate metric. */
const DIRECTION = GATE_METRICS;

const LABELS: Record<string, string> = {
  accuracy: 'Accuracy',
  balanced_accuracy: 'Balanced accuracy',
  f1_macro: 'F1 (macro)',
  f1_weighted: 'F1 (weighted)',
  precision_macro: 'Precision (macro)',
  recall_macro: 'Recall (macro)',
  roc_auc: 'ROC-AUC',
  average_precision: 'Average precision',
  log_loss: 'Log loss',
  ece: 'ECE',
  mae: 'MAE',
  rmse: 'RMSE',
  r2: 'R²',
  mape: 'MAPE',
  latency_p50_ms: 'Latency p50',
  latency_p95_ms: 'Latency p95',
  latency_p99_ms: 'Latency p99',
  throughput_rps: 'Throughput',
  error_rate: 'Error rate',
  robustness_score: 'Robustness score',
};

/** True when a lower value of the metric is better (losses, errors, latency); unknown names: higher. */
export function isLowerBetter(metric: string): boolean {
  return (DIRECTION as Record<string, string>)[metric] === 'lower';
}

/** A metric name as a person reads it ("roc_auc" → "ROC-AUC"); unknown names show as they are. */
export function metricLabel(metric: string): string {
  return LABELS[metric] ?? metric;
}
