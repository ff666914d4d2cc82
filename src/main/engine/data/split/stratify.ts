import { ceilE, floorE, type SplitCounts, type SplitFractions } from './split-counts.js';

interface Bounds {
  lo: number[];
  hi: number[];
}

/**
 * Moves `values` one step at a time until they add up to `target`, staying within the first
 * bounds when it can and the second otherwise; steps up go to the largest `weight` first,
 * steps down to the smallest (ties: the earlier stratum).
 */
function settle(values: number[], target: number, tiers: Bounds[], weight: (c: number) => number): void {
  let sum = values.reduce((a, b) => a + b, 0);
  const k = values.length;
  for (const { lo, hi } of tiers) {
    while (sum !== target) {
      const up = sum < target;
      let best = -1;
      for (let c = 0; c < k; c++) {
        const v = values[c] as number;
        if (up ? v >= (hi[c] as number) : v <= (lo[c] as number)) continue;
        if (best < 0 || (up ? weight(c) > weight(best) : weight(c) < weight(best))) best = c;
      }
      if (best < 0) break;
      values[best] = (values[best] as number) + (up ? 1 : -1);
      sum += up ? 1 : -1;
    }
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * Splits each stratum's size n_c into train/validation/test so that every part of every stratum
 * is within one row of its exact share n_c·fraction (floor or ceil whenever the totals allow) and the
 * parts add up to `totals`. Test is settled first, then validation; train takes the rest.
 */
export function apportion(sizes: number[], f: SplitFractions, totals: SplitCounts): SplitCounts[] {
  const share = (n: number, x: number) => n * x;
  const frac = (x: number) => x - floorE(x);
  const test = sizes.map((n) => floorE(share(n, f.test)));
  settle(
    test,
    totals.test,
    [
      { lo: sizes.map((n) => floorE(share(n, f.test))), hi: sizes.map((n) => ceilE(share(n, f.test))) },
      {
        lo: sizes.map((n) => Math.max(0, ceilE(share(n, f.test) - 1))),
        hi: sizes.map((n) => Math.min(n, floorE(share(n, f.test) + 1))),
      },
    ],
    (c) => frac(share(sizes[c] as number, f.test)),
  );
  const strict: Bounds = { lo: [], hi: [] };
  const loose: Bounds = { lo: [], hi: [] };
  sizes.forEach((n, c) => {
    const rest = n - (test[c] as number);
    const v = share(n, f.validation);
    const t = share(n, f.train);
    strict.lo.push(Math.max(0, floorE(v), rest - ceilE(t)));
    strict.hi.push(Math.min(rest, ceilE(v), rest - floorE(t)));
    loose.lo.push(Math.max(0, ceilE(v - 1), rest - floorE(t + 1)));
    loose.hi.push(Math.min(rest, floorE(v + 1), rest - ceilE(t - 1)));
  });
  const val = sizes.map((_, c) =>
    clamp(strict.lo[c] as number, loose.lo[c] as number, loose.hi[c] as number),
  );
  settle(val, totals.validation, [strict, loose], (c) => frac(share(sizes[c] as number, f.validation)));
  return sizes.map((n, c) => ({
    train: n - (test[c] as number) - (val[c] as number),
    validation: val[c] as number,
    test: test[c] as number,
  }));
}
