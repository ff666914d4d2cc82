import { describe, it } from 'vitest';
import { kolmogorovSf } from './kolmogorov-sf.js';
import { expectRelClose } from './test-samples.js';

// reference: scipy 1.10.1, scipy.stats.kstwo.sf(x, n) (Python 3.11, numpy 1.24.2)
const CASES: [n: number, x: number, sf: number, branch: string][] = [
  [5, 0.15, 0.9988, 'Ruben–Gambino, n·x ≤ 1'],
  [200, 0.004, 1.0, 'Ruben–Gambino via Stirling, n > 140'],
  [10, 0.95, 1.9531250000000172e-13, 'Ruben–Gambino, n·x ≥ n − 1'],
  [20, 0.6, 2.0483011649719853e-7, 'x ≥ 0.5: 2·smirnov'],
  [100, 0.08, 0.5182193645480672, 'n ≤ 140, n·x² ≤ 0.754693: Durbin matrix'],
  [140, 0.07, 0.4776228287946577, 'n ≤ 140, Durbin matrix'],
  [100, 0.15, 0.019839242125641813, 'n ≤ 140, n·x² ≤ 4: Pomeranz'],
  [100, 0.25, 5.408871776434847e-6, 'n ≤ 140, n·x² > 4: 2·smirnov'],
  [5000, 0.3, 0.0, 'n·x² ≥ 370'],
  [5000, 0.03, 0.00024159234422666817, 'n·x² ≥ 2.2: 2·smirnov'],
  [50000, 0.01, 9.018048811843602e-5, 'n·x² ≥ 2.2: 2·smirnov, large n'],
  [5000, 0.003, 0.9999999999740126, 'n·x^1.5 ≤ 1.4: Durbin matrix'],
  [5000, 0.012, 0.4639912166690191, 'Pelz–Good'],
  [141, 0.1, 0.11128445516467944, 'Pelz–Good, n just above 140'],
  [50000, 0.005, 0.1635336349243478, 'Pelz–Good, large n'],
];

describe('kolmogorovSf (scipy.stats.kstwo.sf)', () => {
  for (const [n, x, sf, branch] of CASES) {
    it(`n=${n}, x=${x} — ${branch}`, () => {
      expectRelClose(kolmogorovSf(n, x), sf, 1e-12);
    });
  }
});
