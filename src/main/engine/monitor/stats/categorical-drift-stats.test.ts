import { describe, expect, it } from 'vitest';
import { categoricalDriftStats } from './categorical-drift-stats.js';
import { categorySample } from './category-sample.js';
import { expectRelClose } from './test-samples.js';

/** count copies of each category, in the order given. */
function values(counts: Record<string, number>, missing = 0): (string | null)[] {
  const out: (string | null)[] = [];
  for (const [k, n] of Object.entries(counts)) for (let i = 0; i < n; i++) out.push(k);
  for (let i = 0; i < missing; i++) out.push(null);
  return out;
}

function stats(ref: (string | null)[], cur: (string | null)[]) {
  const r = categoricalDriftStats(categorySample(ref), categorySample(cur));
  if (r === null) throw new Error('expected statistics');
  return r;
}

describe('categoricalDriftStats', () => {
  it('chi-squared and Jensen–Shannon against scipy when every category is known', () => {
    const r = stats(values({ x: 600, y: 300, z: 100 }), values({ x: 55, y: 35, z: 10 }, 7));
    // reference: scipy 1.10.1 scipy.stats.chisquare([55, 35, 10], [60, 30, 10])
    expect(r.chiSquared.df).toBe(2);
    expectRelClose(r.chiSquared.statistic, 1.25, 1e-13);
    expectRelClose(r.chiSquared.pValue, 0.5352614285189903, 1e-12);
    // reference: scipy 1.10.1 scipy.spatial.distance.jensenshannon([0.6, 0.3, 0.1], [0.55, 0.35, 0.1], base=2)
    expectRelClose(r.jensenShannon, 0.04661436131945134, 1e-12);
    expect(r.currentRows).toBe(100);
    expect(r.unseen).toBe(0);
    expect(r.proportionZ).toBeNull();
    // PSI by hand: (0.55−0.6)ln(0.55/0.6) + (0.35−0.3)ln(0.35/0.3) + 0
    expect(r.psi).toBeCloseTo(-0.05 * Math.log(0.55 / 0.6) + 0.05 * Math.log(0.35 / 0.3), 14);
  });

  it('counts an unseen category and gives it the epsilon share in chi-squared', () => {
    const r = stats(values({ a: 50, b: 30, c: 20 }), values({ a: 40, b: 45, c: 10, d: 5 }));
    expect(r.categories).toBe(4);
    expect(r.unseen).toBe(5);
    expect(r.unseenCategories).toBe(1);
    // reference: scipy 1.10.1 scipy.stats.chisquare([40, 45, 10, 5], np.array([0.5, 0.3, 0.2, 1e-4]) / (1 + 1e-4) * 100)
    expect(r.chiSquared.df).toBe(3);
    expectRelClose(r.chiSquared.statistic, 2504.7604499999998, 1e-12);
    expect(r.chiSquared.pValue).toBe(0); // scipy: 0.0
    // reference: scipy 1.10.1 jensenshannon([0.5, 0.3, 0.2, 0], [0.4, 0.45, 0.1, 0.05], base=2)
    expectRelClose(r.jensenShannon, 0.22839642082161848, 1e-12);
    // PSI by hand, the unseen reference share floored at 1e-4
    const hand =
      (0.4 - 0.5) * Math.log(0.4 / 0.5) +
      (0.45 - 0.3) * Math.log(0.45 / 0.3) +
      (0.1 - 0.2) * Math.log(0.1 / 0.2) +
      (0.05 - 1e-4) * Math.log(0.05 / 1e-4);
    expect(r.psi).toBeCloseTo(hand, 14);
  });

  it('runs the two-proportion z-test for a binary feature', () => {
    const r = stats(values({ yes: 70, no: 30 }), values({ yes: 40, no: 40 }));
    // reference: Evidently's z_stat_test formula with scipy 1.10.1:
    //   z = (0.7 − 0.5)/sqrt(P(1−P)(1/100 + 1/80)), P = 110/180; p = 2·(1 − scipy.stats.norm.cdf(|z|))
    expectRelClose(r.proportionZ?.statistic ?? Number.NaN, 2.73505383503131, 1e-13);
    expectRelClose(r.proportionZ?.pValue ?? Number.NaN, 0.006237007458873123, 1e-9);
  });

  it('gives p = 1 when both sides hold the same single category', () => {
    const r = stats(['a', 'a', null], ['a']);
    expect(r.proportionZ).toEqual({ statistic: 0, pValue: 1 });
    expect(r.chiSquared).toEqual({ statistic: 0, pValue: 1, df: 0 });
    expect(r.jensenShannon).toBe(0);
    expect(r.psi).toBe(0);
  });

  it('returns null when a side has no value', () => {
    expect(categoricalDriftStats(categorySample([null, null]), categorySample(['a']))).toBeNull();
    expect(categoricalDriftStats(categorySample(['a']), categorySample([]))).toBeNull();
  });
});
