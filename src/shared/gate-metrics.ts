/**
 * The metric names a gate check can use, and whether higher is better. No zod here: the renderer
 * imports it without pulling the schemas into its bundle.
 */
export const GATE_METRICS = {
  accuracy: 'higher',
  balanced_accuracy: 'higher',
  f1_macro: 'higher',
  f1_weighted: 'higher',
  precision_macro: 'higher',
  recall_macro: 'higher',
  roc_auc: 'higher',
  average_precision: 'higher',
  log_loss: 'lower',
  ece: 'lower',
  mae: 'lower',
  rmse: 'lower',
  r2: 'higher',
  mape: 'lower',
  latency_p50_ms: 'lower',
  latency_p95_ms: 'lower',
  latency_p99_ms: 'lower',
  throughput_rps: 'higher',
  error_rate: 'lower',
  robustness_score: 'higher',
} as const satisfies Record<string, 'higher' | 'lower'>;
export type GateMetric = keyof typeof GATE_METRICS;
export const GATE_METRIC_NAMES = Object.keys(GATE_METRICS) as GateMetric[];
