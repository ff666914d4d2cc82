import type { ColumnProfile } from '../../../../shared/data.js';
import { countDistinct } from './distinct.js';
import { histogram } from './histogram.js';
import { scanNumbers } from './numeric-stats.js';
import { EXACT_LIMIT, quantileRecord } from './quantiles.js';
import { stratifiedSample } from './rng.js';
import { type ProfileTimings, timed } from './timings.js';

export interface NumericProfile {
  missing: number;
  distinct: number;
  distinctApprox: boolean;
  numeric: NonNullable<ColumnProfile['numeric']> | null;
}

/**
 * Stats, distinct count, quantiles and histogram of a number column. `scratch` (length ≥ rows)
 * receives the non-missing values and is reordered freely; `sample` (length ≥ 200k) holds the
 * quantile sample. Up to 200k values everything is exact; above, quantiles come from a seeded
 * sample of 200k (p0/p100 stay the true extremes) and distinct is exact for integer columns
 * with a range under 16M and for up to 2,048 distinct values, else a HyperLogLog estimate.
 */
export function numericProfile(
  values: Float64Array,
  integer: boolean,
  scratch: Float64Array,
  sample: Float64Array,
  seed: number,
  timings: ProfileTimings | null,
): NumericProfile {
  const s = timed(timings, 'numeric', () => scanNumbers(values, scratch));
  const m = s.present;
  if (m === 0) return { missing: s.missing, distinct: 0, distinctApprox: false, numeric: null };
  const d = timed(timings, 'distinct', () => countDistinct(scratch, m, integer ? s.min : null, s.max));
  const hist = (iqr: number) =>
    timed(timings, 'histogram', () => histogram(scratch, m, s.min, s.max, iqr, integer));
  const quantiles = timed(timings, 'quantiles', () => {
    if (m <= EXACT_LIMIT) return quantileRecord(scratch, m, s.min, s.max);
    const k = stratifiedSample(scratch, m, EXACT_LIMIT, sample, seed);
    return quantileRecord(sample, k, s.min, s.max);
  });
  return {
    missing: s.missing,
    distinct: d.distinct,
    distinctApprox: d.approx,
    numeric: {
      min: s.min,
      max: s.max,
      mean: s.mean,
      std: s.std,
      quantiles,
      zeros: s.zeros,
      histogram: hist((quantiles.p75 ?? 0) - (quantiles.p25 ?? 0)),
    },
  };
}
