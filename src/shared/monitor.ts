/**
 * Monitoring: per-feature drift of live traffic against a model version's reference (its training
 * sample), the dataset-level verdict, and data quality of live values compared with training.
 * Every number here is finite (JSON-safe); a statistic that cannot be computed is absent, with a reason.
 */
import { z } from 'zod';

const num = z.number();
const count = z.number().int().nonnegative();

/** A feature's kind as the drift statistics see it (booleans, datetimes → numeric or categorical by the caller). */
export const DriftFeatureKind = z.enum(['numeric', 'categorical']);
export type DriftFeatureKind = z.infer<typeof DriftFeatureKind>;

/**
 * The statistic a drift decision rests on. p-value tests (drift when p < threshold): `ks`
 * (two-sample Kolmogorov–Smirnov), `chi2` (chi-squared goodness of fit), `z` (two-proportion
 * z-test, binary categories). Distances (drift when score ≥ threshold): `wasserstein` (normalised
 * by the reference std), `jensenshannon` (base 2), `psi`.
 */
export const DriftMethod = z.enum(['ks', 'chi2', 'z', 'wasserstein', 'jensenshannon', 'psi']);
export type DriftMethod = z.infer<typeof DriftMethod>;

/** Two-sample Kolmogorov–Smirnov, as scipy.stats.ks_2samp(method='auto') computes it. */
export const KsResult = z.object({
  /** D = max |F_ref(x) − F_cur(x)| over the pooled values. */
  statistic: num,
  /** Two-sided p-value. */
  pValue: num,
  /**
   * `exact` when both samples have ≤ 10 000 values (scipy's rule) and the exact count is cheap
   * (unequal sizes: ≤ 1e6 lattice steps, see KS_EXACT_MAX_STEPS), else `asymp` (scipy's asymptotic branch).
   */
  mode: z.enum(['exact', 'asymp']),
});
export type KsResult = z.infer<typeof KsResult>;

/** PSI of a numeric feature over quantile bins of the reference. */
export const NumericPsi = z.object({
  value: num,
  /** Bins asked for. */
  binsRequested: z.number().int().positive(),
  /** Bins used: fewer than asked when tied reference values made quantile cuts coincide (merged). */
  bins: z.number().int().positive(),
  /**
   * [reference min, cut 1, …, cut k−1, reference max]. Bin i holds values in (edges[i], edges[i+1]],
   * the first bin also everything ≤ edges[1], the last everything > edges[k−1] (outer bins are open).
   */
  edges: z.array(num),
  /** Share of reference and of current values per bin (before the epsilon floor). */
  referenceShares: z.array(num),
  currentShares: z.array(num),
  /** Shares of 0 were replaced by this before the log (Evidently's 1e-4). */
  epsilon: num,
});
export type NumericPsi = z.infer<typeof NumericPsi>;

/** Every drift statistic of a numeric feature (only one of them decides; see FeatureDrift). */
export const NumericDriftStats = z.object({
  kind: z.literal('numeric'),
  /** Non-missing, finite values compared. */
  referenceRows: count,
  currentRows: count,
  ks: KsResult,
  /** Wasserstein-1 distance (scipy.stats.wasserstein_distance), in the feature's units. */
  wasserstein: num,
  /** Population std of the reference (numpy's std, ddof 0). */
  referenceStd: num,
  /** wasserstein / max(referenceStd, 0.001), as Evidently normalises it. */
  wassersteinNormalized: num,
  psi: NumericPsi,
});
export type NumericDriftStats = z.infer<typeof NumericDriftStats>;

/** Chi-squared goodness of fit of current counts against the reference's proportions. */
export const ChiSquaredResult = z.object({
  statistic: num,
  pValue: num,
  /** Categories − 1 (over the union of reference and current categories). */
  df: z.number().int().nonnegative(),
});
export type ChiSquaredResult = z.infer<typeof ChiSquaredResult>;

/** Every drift statistic of a categorical feature. */
export const CategoricalDriftStats = z.object({
  kind: z.literal('categorical'),
  referenceRows: count,
  currentRows: count,
  /** Distinct non-missing categories over reference and current. */
  categories: count,
  /** Current rows whose category never occurs in the reference, and how many such categories. */
  unseen: count,
  unseenCategories: count,
  chiSquared: ChiSquaredResult,
  /** Two-proportion z-test; only when there are at most two categories (else null). */
  proportionZ: z.object({ statistic: num, pValue: num }).nullable(),
  psi: num,
  /** scipy.spatial.distance.jensenshannon(reference shares, current shares, base=2), in [0, 1]. */
  jensenShannon: num,
  /** Epsilon used for unseen categories (chi-squared) and empty shares (PSI). */
  epsilon: num,
});
export type CategoricalDriftStats = z.infer<typeof CategoricalDriftStats>;

const decisionFields = {
  /** Set for p-value methods (ks, chi2, z): drifted when pValue < threshold. */
  pValue: num.optional(),
  /** Set for distances (wasserstein, jensenshannon, psi): drifted when score ≥ threshold. */
  score: num.optional(),
  threshold: num,
  drifted: z.boolean(),
  /** Why no statistic was computed (an empty side); then drifted is false and pValue/score absent. */
  reason: z.string().optional(),
};

/** The drift verdict of one numeric feature, the statistic behind it, and all the other statistics. */
export const NumericFeatureDrift = z.object({
  kind: z.literal('numeric'),
  method: z.enum(['ks', 'wasserstein', 'psi']),
  ...decisionFields,
  stats: NumericDriftStats.nullable(),
});
export type NumericFeatureDrift = z.infer<typeof NumericFeatureDrift>;

/** The drift verdict of one categorical feature, the statistic behind it, and all the other statistics. */
export const CategoricalFeatureDrift = z.object({
  kind: z.literal('categorical'),
  method: z.enum(['chi2', 'z', 'jensenshannon', 'psi']),
  ...decisionFields,
  stats: CategoricalDriftStats.nullable(),
});
export type CategoricalFeatureDrift = z.infer<typeof CategoricalFeatureDrift>;

export const FeatureDrift = z.discriminatedUnion('kind', [NumericFeatureDrift, CategoricalFeatureDrift]);
export type FeatureDrift = z.infer<typeof FeatureDrift>;

/** Dataset-level drift: drifted when the share of drifted features reaches the threshold. */
export const DatasetDrift = z.object({
  drifted: z.boolean(),
  /** count / total (0 when no feature could be tested). */
  share: num,
  /** Drifted features. */
  count,
  /** Features tested (those with a statistic; features skipped for lack of values are not counted). */
  total: count,
  /** Share of drifted features at which the dataset counts as drifted (Evidently's default 0.5). */
  threshold: num,
});
export type DatasetDrift = z.infer<typeof DatasetDrift>;

const qualityFields = {
  /** Current rows (values passed, missing included). */
  rows: count,
  /** Current values missing (NaN / null), type errors not included. */
  missing: count,
  missingRate: num,
  referenceRows: count,
  referenceMissingRate: num,
  /** Values of the wrong type (counted by the caller), and their share of the current rows. */
  typeErrors: count,
  typeErrorRate: num,
};

/** Data quality of a numeric feature's current values against the reference. */
export const NumericQuality = z.object({
  kind: z.literal('numeric'),
  ...qualityFields,
  /** Present current values outside [referenceMin, referenceMax] (±Infinity included). */
  outOfRange: count,
  /** outOfRange / present current values. */
  outOfRangeShare: num,
  /** null when the reference has no finite value. */
  referenceMin: num.nullable(),
  referenceMax: num.nullable(),
});
export type NumericQuality = z.infer<typeof NumericQuality>;

/** Data quality of a categorical feature's current values against the reference. */
export const CategoricalQuality = z.object({
  kind: z.literal('categorical'),
  ...qualityFields,
  /** Present current values whose category the reference never had. */
  unseen: count,
  /** unseen / present current values. */
  unseenShare: num,
  /** The unseen categories, most frequent first (at most 20). */
  unseenCategories: z.array(z.string()),
});
export type CategoricalQuality = z.infer<typeof CategoricalQuality>;

export const FeatureQuality = z.discriminatedUnion('kind', [NumericQuality, CategoricalQuality]);
export type FeatureQuality = z.infer<typeof FeatureQuality>;
