import type { ColumnProfile, QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { dropColumn, finding } from '../finding.js';
import { int } from '../format.js';

/** Fewer non-missing values than this and "all unique" says nothing. */
export const MIN_ROWS_FOR_UNIQUE = 20;
/** Unique text values longer than this on average are free text, not identifiers. */
export const MAX_ID_TEXT_LENGTH = 40;

/** "id", "customer_id", "order-key", "userId", "uuid" … */
export function looksLikeIdName(name: string): boolean {
  return (
    /(^|[_\-\s.])(id|uuid|guid|key)$/i.test(name) || /[a-z0-9]Id$/.test(name) || /^id[_\-\s.]/i.test(name)
  );
}

/** Non-missing values strictly increase (or strictly decrease) in row order. */
export function strictlyMonotonic(values: Float64Array): boolean {
  let prev = Number.NaN;
  let dir = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    if (!Number.isNaN(prev)) {
      const d = v > prev ? 1 : v < prev ? -1 : 0;
      if (d === 0 || (dir !== 0 && d !== dir)) return false;
      dir = d;
    }
    prev = v;
  }
  return true;
}

/** Why the column looks like an identifier (a sentence start), or null when it does not. */
export function identifierReason(ctx: QualityContext, p: ColumnProfile): string | null {
  const present = p.count - p.missing;
  const unique = !p.distinctApprox && p.distinct === present && present >= MIN_ROWS_FOR_UNIQUE;
  if (p.type === 'identifier')
    return `${p.name} is typed as an identifier (${int(p.distinct)} distinct values in ${int(present)} rows)`;
  if (p.type === 'categorical' && unique)
    return `${p.name}: every one of its ${int(present)} values is different`;
  if (p.type === 'text' && unique && (p.text?.meanLength ?? 0) <= MAX_ID_TEXT_LENGTH) {
    return `${p.name}: every one of its ${int(present)} short texts is different`;
  }
  if (p.type === 'integer' && present >= MIN_ROWS_FOR_UNIQUE) {
    const col = ctx.column(p.name);
    if (col?.data.storage === 'number' && strictlyMonotonic(col.data.values)) {
      return `${p.name}: its ${int(present)} integers are all different and run in row order, like a row number`;
    }
    if (unique && looksLikeIdName(p.name))
      return `${p.name}: its ${int(present)} integers are all different and the name says it is an id`;
  }
  return null;
}

/** Columns that name rows rather than describe them: a model would memorise them. */
export function identifierLike(ctx: QualityContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const p of ctx.profile.columns) {
    if (p.role !== 'feature') continue;
    const why = identifierReason(ctx, p);
    if (!why) continue;
    out.push(
      finding({
        check: 'identifier_like',
        severity: 'warning',
        columns: [p.name],
        title: `${p.name} looks like an identifier`,
        evidence: `${why}. A model can only memorise it; it does not generalise to new rows.`,
        fix: dropColumn(p.name),
        fixLabel: 'Drop column',
      }),
    );
  }
  return out;
}
