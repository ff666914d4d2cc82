/** Records for the Evaluate step's unit tests (never imported by the app). */
import type {
  ClassificationMetrics,
  EvaluationReport,
  LatencyResult,
  RegressionMetrics,
  Slice,
} from '../../../../../shared/evaluate';

export function classification(patch: Partial<ClassificationMetrics> = {}): ClassificationMetrics {
  return {
    kind: 'classification',
    rows: 10,
    labels: ['no', 'yes'],
    accuracy: 0.7,
    balancedAccuracy: 0.7,
    logLoss: 0.5,
    rocAuc: 0.8,
    averagePrecision: 0.75,
    macro: { precision: 0.7, recall: 0.7, f1: 0.69 },
    weighted: { precision: 0.71, recall: 0.7, f1: 0.695 },
    perClass: [],
    confusion: [
      [4, 1],
      [2, 3],
    ],
    roc: [],
    pr: [],
    calibration: [],
    ece: 0.05,
    threshold: 0.5,
    thresholds: [],
    ...patch,
  };
}

export function regression(patch: Partial<RegressionMetrics> = {}): RegressionMetrics {
  return {
    kind: 'regression',
    rows: 4,
    mae: 1.5,
    rmse: 2,
    r2: 0.6,
    mape: 0.1,
    points: [],
    residualHistogram: [],
    ...patch,
  };
}

export function slice(patch: Partial<Slice> = {}): Slice {
  return {
    feature: 'sex',
    value: 'Female',
    kind: 'category',
    rows: 100,
    metrics: { accuracy: 0.8 },
    delta: 0,
    flagged: false,
    flagReason: null,
    ...patch,
  };
}

export function latency(patch: Partial<LatencyResult> = {}): LatencyResult {
  return {
    modelName: 'adult',
    version: 2,
    rate: 200,
    connections: 8,
    seconds: 5,
    requests: 1000,
    errors: 0,
    errorRate: 0,
    throughput: 199.5,
    p50: 1.2,
    p95: 3.4,
    p99: 6.1,
    mean: 1.5,
    max: 9,
    histogram: [],
    ...patch,
  };
}

export function report(patch: Partial<EvaluationReport> = {}): EvaluationReport {
  return {
    id: 'ev1',
    modelName: 'adult',
    version: 2,
    task: 'binary',
    data: {
      datasetId: 'd1',
      datasetName: 'adult',
      versionId: 'v1',
      versionNumber: 1,
      source: 'test-split',
      rows: 10,
      droppedRows: 0,
    },
    metrics: classification(),
    slices: { metric: 'accuracy', overall: 0.7, minRows: 30, slices: [] },
    robustness: null,
    latency: null,
    production: null,
    gate: {
      passed: true,
      policy: { checks: [] },
      policySource: 'default',
      productionVersion: null,
      checks: [],
    },
    seconds: 3,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...patch,
  };
}
