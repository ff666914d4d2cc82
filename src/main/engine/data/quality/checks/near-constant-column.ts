import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { dropColumn, finding } from '../finding.js';
import { int, num, pct } from '../format.js';
import { countEqual } from './values.js';

/** One value holds at least this share of the non-missing values. */
export const NEAR_CONSTANT_SHARE = 0.99;

/**
 * Columns where one value holds ≥ 99% of the non-missing values, or numeric columns whose
 * spread is negligible (std ≤ 1e-9 of the scale). For numbers the candidate value is the
 * median: a value holding ≥ 99% of the values must be the median.
 */
export function nearConstantColumn(ctx: QualityContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const p of ctx.profile.columns) {
    if (p.role === 'target' || p.distinct <= 1) continue;
    const present = p.count - p.missing;
    if (present === 0) continue;
    let value: string | null = null;
    let count = 0;
    const top = p.categories?.top[0];
    if (top) {
      value = `"${top.value}"`;
      count = top.count;
    } else if (p.numeric && !p.datetime) {
      const col = ctx.column(p.name);
      const median = p.numeric.quantiles.p50;
      // A value holding ≥ 99% of the values fills every position from p5 to p95, so p5 ≠ p95 rules it out.
      const possible = p.numeric.quantiles.p5 === p.numeric.quantiles.p95;
      if (possible && col?.data.storage === 'number' && median !== undefined) {
        value = num(median);
        count = countEqual(col.data.values, median);
      }
    }
    const tinySpread = p.numeric !== null && p.numeric.std <= 1e-9 * Math.max(1, Math.abs(p.numeric.mean));
    if (value !== null && count / present >= NEAR_CONSTANT_SHARE) {
      out.push(
        finding({
          check: 'near_constant_column',
          severity: 'warning',
          columns: [p.name],
          title: `${p.name} is almost constant`,
          evidence: `${p.name}: ${int(count)} of ${int(present)} non-missing values (${pct(count, present)}) are ${value}; the other ${int(present - count)} carry little signal.`,
          fix: dropColumn(p.name),
          fixLabel: 'Drop column',
        }),
      );
    } else if (tinySpread && p.numeric) {
      out.push(
        finding({
          check: 'near_constant_column',
          severity: 'warning',
          columns: [p.name],
          title: `${p.name} barely varies`,
          evidence: `${p.name}: standard deviation ${p.numeric.std.toExponential(2)} around a mean of ${num(p.numeric.mean)} (${int(p.distinct)} distinct values).`,
          fix: dropColumn(p.name),
          fixLabel: 'Drop column',
        }),
      );
    }
  }
  return out;
}
