import type { NumericDriftStats } from '../../../../shared/monitor.js';
import { compareSortedSamples } from './ecdf-merge.js';
import { ksTwoSample } from './ks-two-sample.js';
import type { NumericSample } from './numeric-sample.js';
import { PSI_EPSILON, populationStabilityIndex } from './psi.js';
import { binShares, quantileCuts } from './quantile-bins.js';

/** Evidently's floor on the reference std when normalising the Wasserstein distance. */
export const MIN_NORMALIZING_STD = 0.001;

export interface NumericStatsArgs {
  /** Quantile bins of the reference for PSI (default 10). */
  psiBins?: number;
  /** Floor for empty bin shares in PSI (default 1e-4, Evidently's). */
  epsilon?: number;
  /**
   * Compute KS's exact p-value where scipy would (default true). False: the asymptotic one — used
   * when KS does not decide the verdict, where the exact one would cost milliseconds per feature.
   */
  ksExact?: boolean;
}

/**
 * KS (statistic, p-value), Wasserstein-1 (raw and divided by max(reference std, 0.001)) and PSI over
 * quantile bins of the reference, from the two sorted samples in one merge pass plus one binary
 * search per bin edge. null when either side has no finite value.
 */
export function numericDriftStats(
  reference: NumericSample,
  current: NumericSample,
  args: NumericStatsArgs = {},
): NumericDriftStats | null {
  const ref = reference.sorted;
  const cur = current.sorted;
  if (ref.length === 0 || cur.length === 0) return null;
  const binsRequested = Math.max(1, Math.floor(args.psiBins ?? 10));
  const epsilon = args.epsilon ?? PSI_EPSILON;

  const { maxDiffScaled, wasserstein } = compareSortedSamples(ref, cur);
  const ks = ksTwoSample(ref.length, cur.length, maxDiffScaled, args.ksExact ?? true);

  const cuts = quantileCuts(ref, binsRequested);
  const referenceShares = binShares(ref, cuts);
  const currentShares = binShares(cur, cuts);
  return {
    kind: 'numeric',
    referenceRows: ref.length,
    currentRows: cur.length,
    ks,
    wasserstein,
    referenceStd: reference.std,
    wassersteinNormalized: wasserstein / Math.max(reference.std, MIN_NORMALIZING_STD),
    psi: {
      value: populationStabilityIndex(referenceShares, currentShares, epsilon),
      binsRequested,
      bins: cuts.length + 1,
      edges: [ref[0] as number, ...cuts, ref[ref.length - 1] as number],
      referenceShares,
      currentShares,
      epsilon,
    },
  };
}
