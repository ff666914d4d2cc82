import type {
  CategoricalDriftStats,
  CategoricalFeatureDrift,
  DriftMethod,
  NumericDriftStats,
  NumericFeatureDrift,
} from '../../../../shared/monitor.js';
import { categoricalDriftStats } from './categorical-drift-stats.js';
import { type CategorySample, categorySample } from './category-sample.js';
import {
  DEFAULT_DRIFT_THRESHOLDS,
  defaultDriftMethod,
  isPValueMethod,
  SMALL_REFERENCE_ROWS,
} from './drift-method.js';
import { numericDriftStats } from './numeric-drift-stats.js';
import { type NumericSample, numericSample } from './numeric-sample.js';

/** How drift of one feature is measured and decided; every field has Evidently's default. */
export interface DriftOptions {
  /** Use this method instead of the default choice (it must suit the feature's kind). */
  method?: DriftMethod;
  /** Per-method thresholds overriding DEFAULT_DRIFT_THRESHOLDS. */
  thresholds?: Partial<Record<DriftMethod, number>>;
  /** Present reference values at or below which p-value tests are the default (1000). */
  smallReferenceRows?: number;
  /** Quantile bins of the reference for numeric PSI (10). */
  psiBins?: number;
  /** Empty-share floor for PSI and the share of categories unseen in the reference (1e-4). */
  epsilon?: number;
}

const NUMERIC_METHODS: readonly DriftMethod[] = ['ks', 'wasserstein', 'psi'];
const CATEGORICAL_METHODS: readonly DriftMethod[] = ['chi2', 'z', 'jensenshannon', 'psi'];

type NumericInput = Float64Array | NumericSample;
type CategoricalInput = readonly (string | null)[] | CategorySample;

/**
 * Drift of one feature between a reference sample and a current window: every statistic of its
 * kind, and the verdict of one method (the default choice, see defaultDriftMethod, or
 * `options.method`) against its threshold. Pass prepared samples (numericSample / categorySample)
 * to sort or count the reference once for many windows. When either side has no present value,
 * stats is null, drifted false and `reason` says which side was empty.
 */
export function featureDrift(
  reference: NumericInput,
  current: NumericInput,
  kind: 'numeric',
  options?: DriftOptions,
): NumericFeatureDrift;
export function featureDrift(
  reference: CategoricalInput,
  current: CategoricalInput,
  kind: 'categorical',
  options?: DriftOptions,
): CategoricalFeatureDrift;
export function featureDrift(
  reference: NumericInput | CategoricalInput,
  current: NumericInput | CategoricalInput,
  kind: 'numeric' | 'categorical',
  options: DriftOptions = {},
): NumericFeatureDrift | CategoricalFeatureDrift {
  if (kind === 'numeric') {
    const ref = asNumeric(reference);
    const method = chooseMethod(options, 'numeric', ref.sorted.length, 0);
    // KS's exact p-value only when KS decides (otherwise it is shown, asymptotic, and costs nothing).
    const stats = numericDriftStats(ref, asNumeric(current), { ...options, ksExact: method === 'ks' });
    const reason = emptySide(ref.sorted.length);
    return {
      kind,
      method: method as NumericFeatureDrift['method'],
      ...decide(method, stats, options, reason),
    };
  }
  const ref = asCategorical(reference);
  const stats = categoricalDriftStats(ref, asCategorical(current), options);
  let method = chooseMethod(options, 'categorical', ref.total, stats?.categories ?? ref.counts.size);
  // The z-test needs two categories at most; with more, chi-squared stands in (and is reported).
  if (method === 'z' && stats !== null && stats.proportionZ === null) method = 'chi2';
  const reason = emptySide(ref.total);
  return {
    kind,
    method: method as CategoricalFeatureDrift['method'],
    ...decide(method, stats, options, reason),
  };
}

function asNumeric(x: NumericInput | CategoricalInput): NumericSample {
  if (x instanceof Float64Array) return numericSample(x);
  if (!Array.isArray(x) && (x as NumericSample).kind === 'numeric') return x as NumericSample;
  throw new Error('numeric drift needs a Float64Array or a NumericSample');
}

function asCategorical(x: NumericInput | CategoricalInput): CategorySample {
  if (Array.isArray(x)) return categorySample(x as readonly (string | null)[]);
  if (!(x instanceof Float64Array) && (x as CategorySample).kind === 'categorical')
    return x as CategorySample;
  throw new Error('categorical drift needs an array of strings (null = missing) or a CategorySample');
}

function chooseMethod(
  options: DriftOptions,
  kind: 'numeric' | 'categorical',
  referenceRows: number,
  categories: number,
): DriftMethod {
  if (options.method === undefined) {
    return defaultDriftMethod(
      kind,
      referenceRows,
      categories,
      options.smallReferenceRows ?? SMALL_REFERENCE_ROWS,
    );
  }
  const allowed = kind === 'numeric' ? NUMERIC_METHODS : CATEGORICAL_METHODS;
  if (!allowed.includes(options.method)) {
    throw new Error(
      `drift method '${options.method}' does not apply to a ${kind} feature; use one of ${allowed.join(', ')}`,
    );
  }
  return options.method;
}

interface Decision {
  pValue?: number;
  score?: number;
  threshold: number;
  drifted: boolean;
  reason?: string;
}

function decide<S extends NumericDriftStats | CategoricalDriftStats>(
  method: DriftMethod,
  stats: S | null,
  options: DriftOptions,
  reasonIfEmpty: string,
): Decision & { stats: S | null } {
  const threshold = options.thresholds?.[method] ?? DEFAULT_DRIFT_THRESHOLDS[method];
  if (stats === null) return { threshold, drifted: false, reason: reasonIfEmpty, stats };
  const value = decidingValue(method, stats);
  if (isPValueMethod(method)) return { pValue: value, threshold, drifted: value < threshold, stats };
  return { score: value, threshold, drifted: value >= threshold, stats };
}

/** Why nothing could be compared, given the reference's present values (used only when a side is empty). */
function emptySide(referencePresent: number): string {
  return referencePresent === 0
    ? 'the reference has no present value for this feature'
    : 'the current window has no present value for this feature';
}

function decidingValue(method: DriftMethod, stats: NumericDriftStats | CategoricalDriftStats): number {
  if (stats.kind === 'numeric') {
    if (method === 'ks') return stats.ks.pValue;
    if (method === 'wasserstein') return stats.wassersteinNormalized;
    return stats.psi.value;
  }
  if (method === 'chi2') return stats.chiSquared.pValue;
  if (method === 'z') return stats.proportionZ?.pValue ?? stats.chiSquared.pValue;
  if (method === 'jensenshannon') return stats.jensenShannon;
  return stats.psi;
}
