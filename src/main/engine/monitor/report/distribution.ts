import type { FeatureDistribution } from '../../../../shared/monitor-report.js';
import type { ReferenceFeature } from './reference-data.js';

const MAX_CATEGORIES = 12;

const fmt = (x: number) => String(Number(x.toPrecision(3)));

/**
 * Reference vs current shares of one feature: numbers in 10 bins cut at the reference's deciles
 * (outer bins open, so current values beyond training's range still land somewhere); categories,
 * the most common in either side (others pooled as "(other)"), with "(missing)" last.
 */
export function featureDistribution(
  f: ReferenceFeature,
  current: Float64Array | (string | null)[],
): FeatureDistribution {
  if (f.kind === 'numeric') {
    const sorted = Float64Array.from(
      (f.numbers ?? new Float64Array()).filter((v) => Number.isFinite(v)),
    ).sort();
    const cur = current as Float64Array;
    const cuts: number[] = [];
    for (let k = 1; k < 10 && sorted.length > 0; k++) {
      const c = sorted[Math.floor((k * sorted.length) / 10)] as number;
      if (cuts.length === 0 || c > (cuts[cuts.length - 1] as number)) cuts.push(c);
    }
    const binOf = (v: number) => {
      let b = 0;
      while (b < cuts.length && v >= (cuts[b] as number)) b++;
      return b;
    };
    const share = (values: ArrayLike<number>) => {
      const counts = new Array<number>(cuts.length + 1).fill(0);
      let n = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        if (Number.isNaN(v)) continue;
        const b = binOf(v);
        counts[b] = (counts[b] as number) + 1;
        n++;
      }
      return { shares: counts.map((c) => (n > 0 ? c / n : 0)), n };
    };
    const ref = share(sorted);
    const now = share(cur);
    const labels = Array.from({ length: cuts.length + 1 }, (_, b) =>
      b === 0
        ? `< ${fmt(cuts[0] ?? 0)}`
        : b === cuts.length
          ? `≥ ${fmt(cuts[b - 1] as number)}`
          : `[${fmt(cuts[b - 1] as number)}, ${fmt(cuts[b] as number)})`,
    );
    return {
      feature: f.name,
      kind: 'numeric',
      bins: labels.map((label, b) => ({ label, reference: ref.shares[b] ?? 0, current: now.shares[b] ?? 0 })),
      referenceRows: ref.n,
      currentRows: now.n,
    };
  }
  const count = (values: readonly (string | null)[]) => {
    const m = new Map<string, number>();
    for (const v of values) {
      const k = v ?? '(missing)';
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const ref = count(f.categories ?? []);
  const cur = count(current as (string | null)[]);
  const refN = f.categories?.length ?? 0;
  const curN = current.length;
  const total = new Map<string, number>();
  for (const [k, v] of ref) total.set(k, (total.get(k) ?? 0) + (refN > 0 ? v / refN : 0));
  for (const [k, v] of cur) total.set(k, (total.get(k) ?? 0) + (curN > 0 ? v / curN : 0));
  const keys = [...total.keys()]
    .filter((k) => k !== '(missing)')
    .sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0));
  const shown = keys.slice(0, MAX_CATEGORIES);
  const rest = keys.slice(MAX_CATEGORIES);
  const shareOf = (m: Map<string, number>, n: number, k: string) => (n > 0 ? (m.get(k) ?? 0) / n : 0);
  const bins = shown.map((k) => ({
    label: k,
    reference: shareOf(ref, refN, k),
    current: shareOf(cur, curN, k),
  }));
  if (rest.length > 0) {
    bins.push({
      label: '(other)',
      reference: rest.reduce((s, k) => s + shareOf(ref, refN, k), 0),
      current: rest.reduce((s, k) => s + shareOf(cur, curN, k), 0),
    });
  }
  if (ref.has('(missing)') || cur.has('(missing)')) {
    bins.push({
      label: '(missing)',
      reference: shareOf(ref, refN, '(missing)'),
      current: shareOf(cur, curN, '(missing)'),
    });
  }
  return { feature: f.name, kind: 'categorical', bins, referenceRows: refN, currentRows: curN };
}
