/**
 * The monitoring report of a model version over a window of its live traffic: drift of each
 * feature and of the predictions against the version's reference, data quality, and the live
 * metric from feedback labels. `monitor.report` makes one; `monitor.series` the drift over time.
 */
import { z } from 'zod';
import { TaskType } from './data.js';
import { DatasetDrift, FeatureDrift, FeatureQuality } from './monitor.js';

const int = z.number().int().nonnegative();

/** Which traffic: the last `rows` predictions, or those in [from, to) (epoch ms). */
export const MonitorWindowInput = z
  .object({
    rows: z.number().int().min(10).max(1_000_000).optional(),
    from: z.number().int().min(0).optional(),
    to: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((w) => w.rows === undefined || (w.from === undefined && w.to === undefined), {
    message: 'give either rows (the last N predictions) or from/to (a time range), not both',
  })
  .refine((w) => w.from === undefined || w.to === undefined || w.from < w.to, {
    message: 'from must be before to',
  });
export type MonitorWindowInput = z.infer<typeof MonitorWindowInput>;

/** Thresholds of a report; every one visible and editable (defaults as Evidently's). */
export const MonitorThresholds = z
  .object({
    /** p-value below which a KS / chi-squared test says drifted. */
    pValue: z.number().gt(0).lt(1).default(0.05),
    /** Normalised Wasserstein distance at or above which a numeric feature drifted (large references). */
    wasserstein: z.number().positive().default(0.1),
    /** Jensen–Shannon distance at or above which a categorical feature drifted (large references). */
    jensenShannon: z.number().positive().default(0.1),
    /** References of at most this many rows use the tests (KS, chi-squared), larger ones the distances. */
    smallReferenceRows: z.number().int().min(1).default(1000),
    /** PSI bins (quantiles of the reference). */
    psiBins: z.number().int().min(2).max(100).default(10),
    /** Share of drifted features at which the dataset counts as drifted. */
    datasetShare: z.number().gt(0).max(1).default(0.5),
    /** Quality: a missing rate this much above training's is a breach. */
    missingRateIncrease: z.number().min(0).max(1).default(0.1),
    /** Quality: a share of out-of-range or unseen values above this is a breach. */
    outOfRangeShare: z.number().min(0).max(1).default(0.05),
    /** Live metric: alert when it falls below the evaluated one by more than this. */
    liveMetricMargin: z.number().min(0).default(0.05),
    /** Fewest labels for the live metric to count (fewer: shown, but no alert). */
    minLabels: z.number().int().min(1).default(30),
  })
  .strict();
export type MonitorThresholds = z.infer<typeof MonitorThresholds>;

/** One feature's drift (the statistic that decides, flat) and its data quality. */
export const MonitoredFeature = z.intersection(
  z.object({ feature: z.string(), quality: FeatureQuality }),
  FeatureDrift,
);
export type MonitoredFeature = z.infer<typeof MonitoredFeature>;

export const QualityBreach = z.object({
  feature: z.string(),
  check: z.enum(['missing_rate', 'out_of_range', 'unseen_categories', 'type_errors']),
  value: z.number(),
  threshold: z.number(),
  message: z.string(),
});
export type QualityBreach = z.infer<typeof QualityBreach>;

export const LiveMetrics = z.object({
  /** accuracy (classification) or mae (regression). */
  name: z.enum(['accuracy', 'mae']),
  value: z.number().nullable(),
  /** Macro F1 (classification). */
  f1: z.number().nullable(),
  /** Predictions in the window with a feedback label, and their share. */
  labeled: int,
  share: z.number(),
  /** The metric of the version's latest evaluation (null when never evaluated). */
  evaluated: z.number().nullable(),
  /** Live worse than evaluated by more than the margin, with at least minLabels labels. */
  dropped: z.boolean(),
});
export type LiveMetrics = z.infer<typeof LiveMetrics>;

export const MonitorReport = z.object({
  modelName: z.string(),
  version: z.number().int(),
  task: TaskType,
  generatedAt: z.string(),
  window: z.object({
    kind: z.enum(['count', 'time']),
    /** The N asked for (count windows). */
    requestedRows: z.number().int().nullable(),
    rows: int,
    requests: int,
    /** Epoch ms of the first and last prediction in the window (null when empty). */
    from: z.number().nullable(),
    to: z.number().nullable(),
  }),
  reference: z.object({ rows: int, source: z.literal('training sample') }),
  features: z.array(MonitoredFeature),
  /** Drift of the predicted class against the training target's distribution (classification). */
  prediction: FeatureDrift.nullable(),
  datasetDrift: DatasetDrift,
  quality: z.object({ breaches: z.array(QualityBreach), typeErrors: int }),
  liveMetrics: LiveMetrics,
  thresholds: MonitorThresholds,
  /** What to look at first, in words (e.g. "no traffic in this window"). */
  notes: z.array(z.string()),
});
export type MonitorReport = z.infer<typeof MonitorReport>;

/** Drift over time: the last windows of a model's traffic, each feature's verdict per window. */
export const MonitorSeries = z.object({
  modelName: z.string(),
  version: z.number().int(),
  windowRows: z.number().int(),
  windows: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      rows: int,
      datasetDriftShare: z.number(),
      /** Per feature: drifted, and the deciding number (score, or p-value for tests). */
      cells: z.array(
        z.object({
          feature: z.string(),
          drifted: z.boolean(),
          method: z.string(),
          value: z.number().nullable(),
        }),
      ),
      liveMetric: z.number().nullable(),
      labeled: int,
    }),
  ),
});
export type MonitorSeries = z.infer<typeof MonitorSeries>;

/** Reference vs current values of one feature, for a side-by-side chart. */
export const FeatureDistribution = z.object({
  feature: z.string(),
  kind: z.enum(['numeric', 'categorical']),
  /** Numeric: shared bin edges (from the reference quantiles and the current range); shares per bin. */
  bins: z.array(z.object({ label: z.string(), reference: z.number(), current: z.number() })),
  referenceRows: int,
  currentRows: int,
});
export type FeatureDistribution = z.infer<typeof FeatureDistribution>;
