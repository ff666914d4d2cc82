import type { CategoricalDriftStats } from '../../../../shared/monitor.js';
import type { CategorySample } from './category-sample.js';
import { chiSquareGoodnessOfFit } from './chi-squared.js';
import { jensenShannonDistance } from './jensen-shannon.js';
import { proportionZTest } from './proportion-z-test.js';
import { PSI_EPSILON, populationStabilityIndex } from './psi.js';

export interface CategoricalStatsArgs {
  /**
   * Share given to a category the reference never had (chi-squared, before renormalising the
   * reference shares to sum 1) and floor for empty shares in PSI. Default 1e-4.
   */
  epsilon?: number;
}

/**
 * Chi-squared, PSI, Jensen–Shannon distance (and the two-proportion z-test when there are at most
 * two categories) of current category counts against the reference's, over the union of their
 * categories (reference order first, then unseen ones in order of appearance). null when either
 * side has no value.
 *
 * Chi-squared: expected = reference share × current total. A category unseen in the reference gets
 * share `epsilon` and all shares are divided by (1 + epsilon·unseenCategories) so expected sums to
 * the observed total (scipy's requirement); without this an unseen category makes the statistic
 * infinite (Evidently's behaviour: p = 0). PSI floors empty shares on both sides at epsilon; the
 * Jensen–Shannon distance uses the raw shares (zeros are fine there).
 */
export function categoricalDriftStats(
  reference: CategorySample,
  current: CategorySample,
  args: CategoricalStatsArgs = {},
): CategoricalDriftStats | null {
  const nRef = reference.total;
  const nCur = current.total;
  if (nRef === 0 || nCur === 0) return null;
  const epsilon = args.epsilon ?? PSI_EPSILON;

  const refCounts: number[] = [];
  const curCounts: number[] = [];
  for (const [category, c] of reference.counts) {
    refCounts.push(c);
    curCounts.push(current.counts.get(category) ?? 0);
  }
  let unseen = 0;
  let unseenCategories = 0;
  for (const [category, c] of current.counts) {
    if (reference.counts.has(category)) continue;
    refCounts.push(0);
    curCounts.push(c);
    unseen += c;
    unseenCategories++;
  }
  const k = refCounts.length;
  const refShares = refCounts.map((c) => c / nRef);
  const curShares = curCounts.map((c) => c / nCur);

  const norm = 1 + epsilon * unseenCategories;
  const expected = refShares.map((s) => ((s === 0 ? epsilon : s) / norm) * nCur);
  const proportionZ =
    k <= 2 ? proportionZTest(refCounts[0] as number, nRef, curCounts[0] as number, nCur) : null;
  return {
    kind: 'categorical',
    referenceRows: nRef,
    currentRows: nCur,
    categories: k,
    unseen,
    unseenCategories,
    chiSquared: chiSquareGoodnessOfFit(curCounts, expected),
    proportionZ,
    psi: populationStabilityIndex(refShares, curShares, epsilon),
    jensenShannon: jensenShannonDistance(refShares, curShares),
    epsilon,
  };
}
