import type { CategoricalQuality, NumericQuality } from '../../../../shared/monitor.js';
import { type CategorySample, categorySample } from './category-sample.js';
import { type NumericSample, numericSample } from './numeric-sample.js';
import { countAtMost, countBelow } from './quantile-bins.js';

/** Unseen categories listed by name in a quality result (the count covers them all). */
const MAX_LISTED_UNSEEN = 20;

export interface QualityArgs {
  /**
   * Current values of the wrong type, counted by the caller. The caller passes those rows as
   * missing (NaN / null); they are subtracted from the missing count so `missing` means absent.
   */
  typeErrors?: number;
}

/**
 * Data quality of one feature's current values against its reference: missing rates on both sides,
 * type errors, and values training never saw — outside the reference [min, max] for a numeric
 * feature (±Infinity always counts), categories absent from the reference for a categorical one.
 * Rates are 0 when their denominator is 0.
 */
export function featureQuality(
  reference: Float64Array | NumericSample,
  current: Float64Array | NumericSample,
  kind: 'numeric',
  args?: QualityArgs,
): NumericQuality;
export function featureQuality(
  reference: readonly (string | null)[] | CategorySample,
  current: readonly (string | null)[] | CategorySample,
  kind: 'categorical',
  args?: QualityArgs,
): CategoricalQuality;
export function featureQuality(
  reference: Float64Array | NumericSample | readonly (string | null)[] | CategorySample,
  current: Float64Array | NumericSample | readonly (string | null)[] | CategorySample,
  kind: 'numeric' | 'categorical',
  args: QualityArgs = {},
): NumericQuality | CategoricalQuality {
  const typeErrors = Math.max(0, Math.floor(args.typeErrors ?? 0));
  if (kind === 'numeric') {
    const ref = reference instanceof Float64Array ? numericSample(reference) : (reference as NumericSample);
    const cur = current instanceof Float64Array ? numericSample(current) : (current as NumericSample);
    const present = cur.sorted.length + cur.infinite;
    const hasRange = ref.sorted.length > 0;
    const min = hasRange ? (ref.sorted[0] as number) : null;
    const max = hasRange ? (ref.sorted[ref.sorted.length - 1] as number) : null;
    const outOfRange =
      min === null || max === null
        ? 0
        : countBelow(cur.sorted, min) + (cur.sorted.length - countAtMost(cur.sorted, max)) + cur.infinite;
    return {
      kind,
      ...common(cur.rows, cur.missing, ref.rows, ref.missing, typeErrors),
      outOfRange,
      outOfRangeShare: rate(outOfRange, present),
      referenceMin: min,
      referenceMax: max,
    };
  }
  const ref = Array.isArray(reference) ? categorySample(reference) : (reference as CategorySample);
  const cur = Array.isArray(current) ? categorySample(current) : (current as CategorySample);
  const unseenList: [string, number][] = [];
  let unseen = 0;
  for (const [category, c] of cur.counts) {
    if (ref.counts.has(category)) continue;
    unseen += c;
    unseenList.push([category, c]);
  }
  unseenList.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    kind,
    ...common(cur.rows, cur.missing, ref.rows, ref.missing, typeErrors),
    unseen,
    unseenShare: rate(unseen, cur.total),
    unseenCategories: unseenList.slice(0, MAX_LISTED_UNSEEN).map(([category]) => category),
  };
}

function common(
  rows: number,
  missingWithErrors: number,
  refRows: number,
  refMissing: number,
  typeErrors: number,
) {
  const missing = Math.max(0, missingWithErrors - typeErrors);
  return {
    rows,
    missing,
    missingRate: rate(missing, rows),
    referenceRows: refRows,
    referenceMissingRate: rate(refMissing, refRows),
    typeErrors,
    typeErrorRate: rate(typeErrors, rows),
  };
}

function rate(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
