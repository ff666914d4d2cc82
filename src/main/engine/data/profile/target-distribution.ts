import type { ColumnProfile, DatasetProfile } from '../../../../shared/data.js';
import { byCountThenValue } from './categories.js';
import type { EncodedTarget } from './target.js';

/** A number for a bin label: at most 6 significant digits, no exponent for ordinary sizes. */
export function formatEdge(x: number): string {
  return String(Number(x.toPrecision(6)));
}

/**
 * Class counts (count desc, then name) for classification; for regression the target's
 * histogram bins labelled "[a, b)" (the last one "[a, b]").
 */
export function targetDistribution(
  target: EncodedTarget,
  profile: ColumnProfile,
): NonNullable<DatasetProfile['target']> {
  if (target.kind === 'classes') {
    const distribution = target.classNames.map((value, k) => ({
      value,
      count: target.classCounts[k] as number,
    }));
    distribution.sort(byCountThenValue);
    return { name: target.name, distribution };
  }
  const h = profile.numeric?.histogram;
  if (!h) return { name: target.name, distribution: [] };
  const last = h.counts.length - 1;
  const distribution = h.counts.map((count, i) => ({
    value: `[${formatEdge(h.edges[i] as number)}, ${formatEdge(h.edges[i + 1] as number)}${i === last && profile.type !== 'integer' ? ']' : ')'}`,
    count,
  }));
  return { name: target.name, distribution };
}
