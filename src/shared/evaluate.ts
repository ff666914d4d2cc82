/**
 * Evaluation: what a model version does on expected inputs (metrics, curves, slices), under
 * production load (latency), and when data deviates from training (robustness), and the gate
 * that decides whether it may ship. One EvaluationReport per evaluation run, stored with the version.
 */
import { z } from 'zod';
import { TaskType } from './data.js';
import { GATE_METRICS, type GateMetric } from './gate-metrics.js';

const num = z.number();
/** null where a metric is undefined for these rows (e.g. ROC-AUC when one class is absent). */
const maybe = z.number().nullable();

/** Precision, recall, F1 (and support) of one class, or averaged. */
export const PrfScores = z.object({ precision: num, recall: num, f1: num });
export type PrfScores = z.infer<typeof PrfScores>;

export const ClassScores = PrfScores.extend({
  label: z.string(),
  /** Rows whose true class is this one. */
  support: z.number().int(),
  /** One-vs-rest ROC-AUC and average precision of this class. */
  rocAuc: maybe,
  averagePrecision: maybe,
});
export type ClassScores = z.infer<typeof ClassScores>;

/** A curve's points, thinned to at most a few hundred for drawing. */
export const CurvePoint = z.object({ x: num, y: num, threshold: maybe });
export type CurvePoint = z.infer<typeof CurvePoint>;

/** One curve per class (one-vs-rest); a binary model has one, for its positive class. */
export const ClassCurve = z.object({ label: z.string(), points: z.array(CurvePoint) });
export type ClassCurve = z.infer<typeof ClassCurve>;

export const CalibrationBin = z.object({
  /** The bin's probability range [lo, hi). */
  lo: num,
  hi: num,
  count: z.number().int(),
  /** Mean predicted probability of the rows in the bin (null when empty). */
  meanPredicted: maybe,
  /**
   * Binary: share of those rows whose true class is the positive one (labels[1]). Multiclass
   * (binned by the top class's probability): share of those rows where the top class was right.
   */
  fractionPositive: maybe,
});
export type CalibrationBin = z.infer<typeof CalibrationBin>;

/**
 * Confusion counts of a binary model at one decision threshold (class 1 when P(class 1) ≥ threshold).
 * The positive class of a binary model is always labels[1] (the second class of its target).
 */
export const ThresholdPoint = z.object({
  threshold: num,
  tp: z.number().int(),
  fp: z.number().int(),
  tn: z.number().int(),
  fn: z.number().int(),
});
export type ThresholdPoint = z.infer<typeof ThresholdPoint>;

export const ClassificationMetrics = z.object({
  kind: z.literal('classification'),
  rows: z.number().int(),
  labels: z.array(z.string()),
  accuracy: num,
  balancedAccuracy: num,
  logLoss: num,
  /** Binary: of the positive class; multiclass: macro one-vs-rest. */
  rocAuc: maybe,
  averagePrecision: maybe,
  macro: PrfScores,
  weighted: PrfScores,
  perClass: z.array(ClassScores),
  /** matrix[actual][predicted], in the order of `labels`. */
  confusion: z.array(z.array(z.number().int())),
  roc: z.array(ClassCurve),
  pr: z.array(ClassCurve),
  /** Reliability of the positive class (binary) or of the top class (multiclass), 10 equal-width bins. */
  calibration: z.array(CalibrationBin),
  /** Expected calibration error over those bins. */
  ece: num,
  /** Binary only: the decision threshold the metrics above use (0.5 unless chosen). */
  threshold: maybe,
  /** Binary only: confusion counts at thresholds 0, 0.01, …, 1 (for a threshold control). */
  thresholds: z.array(ThresholdPoint),
});
export type ClassificationMetrics = z.infer<typeof ClassificationMetrics>;

export const RegressionMetrics = z.object({
  kind: z.literal('regression'),
  rows: z.number().int(),
  mae: num,
  rmse: num,
  r2: maybe,
  /** Mean absolute percentage error (as a fraction; null when every target is 0; rows with target 0 skipped). */
  mape: maybe,
  /** A sample of (predicted, actual) pairs for the residual and predicted-vs-actual plots. */
  points: z.array(z.object({ predicted: num, actual: num })),
  /** Histogram of residuals (actual − predicted). */
  residualHistogram: z.array(z.object({ lo: num, hi: num, count: z.number().int() })),
});
export type RegressionMetrics = z.infer<typeof RegressionMetrics>;

export const AccuracyMetrics = z.discriminatedUnion('kind', [ClassificationMetrics, RegressionMetrics]);
export type AccuracyMetrics = z.infer<typeof AccuracyMetrics>;

/** One slice: the rows with one value of a categorical feature, or in one quantile bin of a numeric one. */
export const Slice = z.object({
  feature: z.string(),
  /** The category, "(missing)", or the bin as "[lo, hi)". */
  value: z.string(),
  kind: z.enum(['category', 'bin', 'missing']),
  rows: z.number().int(),
  /** accuracy, balanced_accuracy, f1_macro, roc_auc (binary) — or mae, rmse, r2. */
  metrics: z.record(z.string(), maybe),
  /** The task's main metric (accuracy or mae) here minus overall; negative is worse for accuracy, positive for mae. */
  delta: num,
  /** Large enough and clearly worse than overall (see `flagReason`). */
  flagged: z.boolean(),
  flagReason: z.string().nullable(),
});
export type Slice = z.infer<typeof Slice>;

export const SliceReport = z.object({
  /** The main metric slices are ranked by: accuracy (classification) or mae (regression). */
  metric: z.string(),
  overall: num,
  /** Slices smaller than this are listed but never flagged. */
  minRows: z.number().int(),
  /** Every slice, worst first. */
  slices: z.array(Slice),
});
export type SliceReport = z.infer<typeof SliceReport>;

/** One point of a degradation curve: the perturbation's strength and what the model did. */
export const RobustnessPoint = z.object({
  /** Noise in std units, a missing rate, a shift in std units… (see the family). */
  strength: num,
  /** The main metric on the perturbed rows (null without labels). */
  metric: maybe,
  /** Share of rows whose prediction changed (class changed; regression: moved by > 0.1 target std). */
  flipRate: num,
});
export type RobustnessPoint = z.infer<typeof RobustnessPoint>;

export const FeatureEffect = z.object({
  feature: z.string(),
  metric: maybe,
  flipRate: num,
});
export type FeatureEffect = z.infer<typeof FeatureEffect>;

export const RobustnessReport = z.object({
  rows: z.number().int(),
  metric: z.string(),
  /** The main metric on the unperturbed rows. */
  baseline: maybe,
  /** Gaussian noise on every numeric feature at each strength (× the feature's std). */
  noise: z.array(RobustnessPoint),
  /** Each feature set to missing alone. */
  missingByFeature: z.array(FeatureEffect),
  /** Every feature value set missing at random at each rate. */
  missingRates: z.array(RobustnessPoint),
  /** Each categorical feature replaced by a category never seen in training. */
  unseenCategories: z.array(FeatureEffect),
  /** Each numeric feature shifted by +1 std and scaled by 1.5 around its mean. */
  shiftByFeature: z.array(FeatureEffect),
  /** Sub-populations re-weighted: rows resampled so one categorical feature's mix changes. */
  reweighting: z.array(
    z.object({ feature: z.string(), description: z.string(), metric: maybe, flipRate: num }),
  ),
  /**
   * Features ranked by how much perturbing them alone hurts, most sensitive first: score (0..1) is
   * the largest loss (1 − kept) among setting the feature missing, an unseen category and the shift.
   */
  sensitivity: z.array(z.object({ feature: z.string(), score: num })),
  /**
   * 0..1. Per perturbation, kept = min(1, perturbed accuracy / baseline) (MAE: baseline / perturbed;
   * without labels: 1 − flip rate); a family's kept is the mean of its points; the score is the mean
   * over the families (noise, missing by feature, missing at random, unseen, shift, re-weighting).
   */
  score: num,
  seconds: num,
});
export type RobustnessReport = z.infer<typeof RobustnessReport>;

export const LatencyResult = z.object({
  modelName: z.string(),
  version: z.number().int(),
  /** Requests per second asked for (0 = as fast as the connections go). */
  rate: num,
  connections: z.number().int(),
  seconds: num,
  requests: z.number().int(),
  errors: z.number().int(),
  errorRate: num,
  throughput: num,
  p50: num,
  p95: num,
  p99: num,
  mean: num,
  max: num,
  /** Request latencies (ms) in buckets: [lo, hi). */
  histogram: z.array(z.object({ lo: num, hi: num, count: z.number().int() })),
});
export type LatencyResult = z.infer<typeof LatencyResult>;

export const LatencyReport = z.object({
  candidate: LatencyResult,
  /** The same load on the production version, when one exists (and is not the candidate). */
  production: LatencyResult.nullable(),
});
export type LatencyReport = z.infer<typeof LatencyReport>;

export { GATE_METRIC_NAMES, GATE_METRICS, type GateMetric } from './gate-metrics.js';

const metricName = z.string().refine((m): m is GateMetric => m in GATE_METRICS, {
  message: `unknown metric; known metrics: ${Object.keys(GATE_METRICS).join(', ')}`,
});

/**
 * One check of a gate policy. Exactly one of min / max / maxDropVsProduction / minGainVsProduction.
 * With `slice`, the check applies to every slice of that feature (value thresholds only).
 */
export const GateCheck = z
  .object({
    metric: metricName,
    slice: z.string().min(1).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** The candidate may be worse than production by at most this much (in the metric's units). */
    maxDropVsProduction: z.number().finite().min(0).optional(),
    /** The candidate must beat production by at least this much. */
    minGainVsProduction: z.number().finite().min(0).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const set = (['min', 'max', 'maxDropVsProduction', 'minGainVsProduction'] as const).filter(
      (k) => c[k] !== undefined,
    );
    if (set.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `a check needs exactly one of min, max, maxDropVsProduction, minGainVsProduction (this one has ${set.length === 0 ? 'none' : set.join(', ')})`,
      });
    }
    if (c.slice && (c.maxDropVsProduction !== undefined || c.minGainVsProduction !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a slice check takes min or max, not a change against production',
      });
    }
  });
export type GateCheck = z.infer<typeof GateCheck>;

export const GatePolicy = z.object({ checks: z.array(GateCheck).max(100) }).strict();
export type GatePolicy = z.infer<typeof GatePolicy>;

export const CheckResult = z.object({
  /** Human-readable, e.g. "accuracy ≥ 0.85" or "slice sex: accuracy ≥ 0.8". */
  description: z.string(),
  metric: z.string(),
  slice: z.string().nullable(),
  kind: z.enum(['min', 'max', 'maxDropVsProduction', 'minGainVsProduction']),
  /** The candidate's value (the worst slice's for a slice check); null when not measured. */
  observed: maybe,
  /** The value the observed one was held against (production ± ε for change checks). */
  threshold: maybe,
  /** The production version's value, for change checks. */
  production: maybe,
  passed: z.boolean(),
  /** Why it failed, or a note (e.g. "no production version: nothing to compare"). */
  note: z.string().nullable(),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const GateVerdict = z.object({
  passed: z.boolean(),
  policy: GatePolicy,
  /** Where the policy came from: the model's own, or the default. */
  policySource: z.enum(['model', 'default']),
  /** The production version the change checks compared against. */
  productionVersion: z.number().int().nullable(),
  checks: z.array(CheckResult),
});
export type GateVerdict = z.infer<typeof GateVerdict>;

export const EvaluationReport = z.object({
  id: z.string(),
  modelName: z.string(),
  version: z.number().int(),
  task: TaskType,
  /** What the rows were: the version's held-out test split, or a dataset version the user picked. */
  data: z.object({
    datasetId: z.string(),
    datasetName: z.string().nullable(),
    versionId: z.string(),
    versionNumber: z.number().int().nullable(),
    source: z.enum(['test-split', 'test-version', 'dataset-version']),
    /** Rows evaluated (without the dropped ones). */
    rows: z.number().int(),
    /** Rows left out because their target was missing or a class the model never saw. */
    droppedRows: z.number().int(),
  }),
  metrics: AccuracyMetrics,
  slices: SliceReport,
  robustness: RobustnessReport.nullable(),
  latency: LatencyReport.nullable(),
  /** The same metrics of the production version on the same rows (champion vs challenger). */
  production: z
    .object({
      version: z.number().int(),
      metrics: AccuracyMetrics,
      robustnessScore: maybe,
    })
    .nullable(),
  gate: GateVerdict,
  seconds: num,
  createdAt: z.string(),
});
export type EvaluationReport = z.infer<typeof EvaluationReport>;

/** A stored evaluation, without its report (for lists). */
export const EvaluationSummary = z.object({
  id: z.string(),
  modelName: z.string(),
  version: z.number().int(),
  passed: z.boolean(),
  /** e.g. "accuracy 0.856, ROC-AUC 0.91; gate passed (4 of 4 checks)". */
  summary: z.string(),
  createdAt: z.string(),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;
