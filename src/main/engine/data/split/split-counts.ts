export interface SplitCounts {
  train: number;
  validation: number;
  test: number;
}

export interface SplitFractions {
  train: number;
  validation: number;
  test: number;
}

const EPS = 1e-9;
/** floor/ceil that ignore floating-point dust (0.7 * 10 = 7.000000000000001). */
export const floorE = (x: number) => Math.floor(x + EPS);
export const ceilE = (x: number) => Math.ceil(x - EPS);

/**
 * How many of n rows go to each part (largest remainder): each part gets the floor of its share
 * n·fraction, and the rows left over go one each to the parts with the largest fractional
 * remainders (ties: train, then validation, then test). Every count is within one row of its share.
 */
export function splitCounts(n: number, f: SplitFractions): SplitCounts {
  const shares = [n * f.train, n * f.validation, n * f.test];
  const counts = shares.map(floorE);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = [0, 1, 2].sort(
    (a, b) =>
      (shares[b] as number) - (counts[b] as number) - ((shares[a] as number) - (counts[a] as number)) ||
      a - b,
  );
  for (let k = 0; left > 0; k = (k + 1) % 3, left--)
    counts[order[k] as number] = (counts[order[k] as number] as number) + 1;
  return { train: counts[0] as number, validation: counts[1] as number, test: counts[2] as number };
}
