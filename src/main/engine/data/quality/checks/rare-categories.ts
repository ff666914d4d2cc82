import type { QualityFinding } from '../../../../../shared/data.js';
import { byCountThenValue, countCodes } from '../../profile/categories.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int, pct } from '../format.js';

/** A category holding less than this share of the non-missing values is rare (and the fix groups it). */
export const RARE_SHARE = 0.01;
/**
 * A column is reported only when some rare category also has fewer rows than this: a 1%
 * category of 45,000 rows (450 rows) is still learnable, one of 7 rows is not.
 */
export const RARE_COUNT = 30;
/** Columns with this many non-missing values or fewer are not judged. */
export const MIN_ROWS = 10;

/**
 * Categorical features with categories too rare to learn from: some category under 1% of the
 * values with fewer than 30 rows. The evidence and the fix cover every category under 1%.
 */
export function rareCategories(ctx: QualityContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const p of ctx.profile.columns) {
    if (p.role !== 'feature' || p.type !== 'categorical') continue;
    const col = ctx.column(p.name);
    if (col?.data.storage !== 'dict') continue;
    const dictionary = col.data.dictionary;
    const { counts, missing } = countCodes(col.data);
    const present = col.data.codes.length - missing;
    if (present <= MIN_ROWS) continue;
    const rare: { value: string; count: number }[] = [];
    let common = 0;
    for (let c = 0; c < counts.length; c++) {
      const n = counts[c] as number;
      if (n === 0) continue;
      if (n / present < RARE_SHARE) rare.push({ value: dictionary[c] ?? '', count: n });
      else common++;
    }
    if (common === 0 || !rare.some((r) => r.count < RARE_COUNT)) continue;
    rare.sort((a, b) => -byCountThenValue(a, b));
    const rows = rare.reduce((a, r) => a + r.count, 0);
    const rarest = rare
      .slice(0, 5)
      .map((r) => `${r.value} (${int(r.count)})`)
      .join(', ');
    out.push(
      finding({
        check: 'rare_categories',
        severity: 'info',
        columns: [p.name],
        title: `${p.name} has ${int(rare.length)} rare ${rare.length === 1 ? 'category' : 'categories'}`,
        evidence:
          `${p.name}: ${int(rare.length)} of ${int(rare.length + common)} categories each hold under 1% of the ` +
          `${int(present)} non-missing values (${int(rows)} rows, ${pct(rows, present)}, in all); rarest: ${rarest}. ` +
          'A model sees too few rows of each to learn them.',
        fix: [{ op: 'group_rare', column: p.name, minShare: RARE_SHARE, other: '(other)' }],
        fixLabel: 'Group rare categories into "(other)"',
      }),
    );
  }
  return out;
}
