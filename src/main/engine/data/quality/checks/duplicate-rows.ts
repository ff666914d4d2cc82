import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int, pct } from '../format.js';
import { findDuplicateRows } from '../row-hash.js';

/** Above this share of repeated rows the finding is a warning, below it information. */
export const DUPLICATE_WARNING_SHARE = 0.01;

/** Rows that repeat an earlier row in every column. */
export function duplicateRows(ctx: QualityContext): QualityFinding[] {
  const n = ctx.table.rowCount;
  const d = findDuplicateRows(ctx.table);
  if (d.count === 0) return [];
  const examples = d.examples.map((e) => `row ${int(e.row + 1)} repeats row ${int(e.first + 1)}`).join('; ');
  return [
    finding({
      check: 'duplicate_rows',
      severity: d.count / n > DUPLICATE_WARNING_SHARE ? 'warning' : 'info',
      columns: [],
      title: `${int(d.count)} duplicate ${d.count === 1 ? 'row' : 'rows'}`,
      evidence:
        `${int(d.count)} of ${int(n)} rows (${pct(d.count, n)}) repeat an earlier row in every column ` +
        `(${int(d.groups)} distinct ${d.groups === 1 ? 'row occurs' : 'rows occur'} more than once), e.g. ${examples}. ` +
        'Duplicates can land in both train and test and inflate the scores.',
      fix: [{ op: 'deduplicate' }],
      fixLabel: 'Drop duplicate rows',
    }),
  ];
}
