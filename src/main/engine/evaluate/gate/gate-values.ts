import type {
  AccuracyMetrics,
  GateMetric,
  LatencyResult,
  RobustnessReport,
} from '../../../../shared/evaluate.js';

export type GateValues = Partial<Record<GateMetric, number | null>>;

/** The gate's metric values of one version: accuracy metrics, plus latency and robustness when measured. */
export function gateValues(
  metrics: AccuracyMetrics,
  latency: LatencyResult | null,
  robustness: Pick<RobustnessReport, 'score'> | null,
): GateValues {
  const v: GateValues =
    metrics.kind === 'classification'
      ? {
          accuracy: metrics.accuracy,
          balanced_accuracy: metrics.balancedAccuracy,
          f1_macro: metrics.macro.f1,
          f1_weighted: metrics.weighted.f1,
          precision_macro: metrics.macro.precision,
          recall_macro: metrics.macro.recall,
          roc_auc: metrics.rocAuc,
          average_precision: metrics.averagePrecision,
          log_loss: metrics.logLoss,
          ece: metrics.ece,
        }
      : { mae: metrics.mae, rmse: metrics.rmse, r2: metrics.r2, mape: metrics.mape };
  if (latency) {
    v.latency_p50_ms = latency.p50;
    v.latency_p95_ms = latency.p95;
    v.latency_p99_ms = latency.p99;
    v.throughput_rps = latency.throughput;
    v.error_rate = latency.errorRate;
  }
  if (robustness) v.robustness_score = robustness.score;
  return v;
}

/** How to measure a metric the evaluation did not. */
export function howToMeasure(metric: GateMetric): string {
  if (metric.startsWith('latency_') || metric === 'throughput_rps' || metric === 'error_rate')
    return 'not measured: evaluate with a load test (--load-rate R --load-seconds S)';
  if (metric === 'robustness_score') return 'not measured: evaluate with --robustness';
  return 'undefined on these rows (e.g. only one class present) or not a metric of this task';
}
