import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int, num, pct } from '../format.js';
import { identifierReason } from './identifier-like.js';

/**
 * A value is extreme when it lies beyond Q1 − 3·IQR / Q3 + 3·IQR and also more than 3 standard
 * deviations from the mean (the second test keeps spiky columns, e.g. hours-per-week with half
 * its values at 40, from flagging their ordinary tails); when the IQR is 0, beyond 5 deviations.
 */
export const IQR_FACTOR = 3;
export const Z_WITH_IQR = 3;
export const Z_LIMIT = 5;

/** Values far outside the bulk of integer and float columns (features and target; not identifiers). */
export function extremeOutliers(ctx: QualityContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const p of ctx.profile.columns) {
    if (p.role === 'excluded' || (p.type !== 'integer' && p.type !== 'float') || !p.numeric) continue;
    if (identifierReason(ctx, p)) continue;
    const col = ctx.column(p.name);
    if (col?.data.storage !== 'number') continue;
    const { quantiles, mean, std } = p.numeric;
    const q1 = quantiles.p25 ?? 0;
    const q3 = quantiles.p75 ?? 0;
    const iqr = q3 - q1;
    let lo: number;
    let hi: number;
    let rule: string;
    if (iqr > 0) {
      lo = Math.min(q1 - IQR_FACTOR * iqr, mean - Z_WITH_IQR * std);
      hi = Math.max(q3 + IQR_FACTOR * iqr, mean + Z_WITH_IQR * std);
      rule = `outside [${num(lo)}, ${num(hi)}], beyond both Q1 − 3·IQR / Q3 + 3·IQR (Q1 ${num(q1)}, Q3 ${num(q3)}) and 3 standard deviations from the mean ${num(mean)}`;
    } else if (std > 0) {
      lo = mean - Z_LIMIT * std;
      hi = mean + Z_LIMIT * std;
      rule = `more than 5 standard deviations from the mean ${num(mean)} (the middle half of the values is all ${num(q1)}, so the IQR rule cannot apply)`;
    } else continue;
    if (p.numeric.min >= lo && p.numeric.max <= hi) continue;
    const values = col.data.values;
    let below = 0;
    let above = 0;
    const examples: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v < lo) below++;
      else if (v > hi) above++;
      else continue;
      if (examples.length < 3) examples.push(`${num(v)} (row ${int(i + 1)})`);
    }
    const count = below + above;
    if (count === 0) continue;
    const present = p.count - p.missing;
    out.push(
      finding({
        check: 'extreme_outliers',
        severity: 'warning',
        columns: [p.name],
        title: `${p.name} has ${int(count)} extreme ${count === 1 ? 'value' : 'values'}`,
        evidence:
          `${p.name}: ${int(count)} of ${int(present)} values (${pct(count, present)}) lie ${rule}: ` +
          `${int(below)} below, ${int(above)} above; range ${num(p.numeric.min)} to ${num(p.numeric.max)}; e.g. ${examples.join(', ')}.`,
        fix: [{ op: 'winsorize', column: p.name, lower: 0.01, upper: 0.99 }],
        fixLabel: 'Clip to the 1st–99th percentile',
      }),
    );
  }
  return out;
}
