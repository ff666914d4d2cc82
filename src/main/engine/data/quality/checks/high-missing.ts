import type { ColumnProfile, QualityFinding, RecipeStep } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { dropColumn, finding } from '../finding.js';
import { int, pct } from '../format.js';

/** Missing shares: ≥ 1% information, ≥ 5% warning, ≥ 50% error (drop the column). */
export const MISSING_INFO = 0.01;
export const MISSING_WARNING = 0.05;
export const MISSING_ERROR = 0.5;

/** The imputation that suits the column's type, with a missing-indicator column. */
function imputeFix(p: ColumnProfile): { fix: RecipeStep[]; label: string } | null {
  switch (p.type) {
    case 'integer':
    case 'float':
    case 'datetime':
      return {
        fix: [{ op: 'impute', columns: [p.name], strategy: 'median', addIndicator: true }],
        label: 'Impute with the median',
      };
    case 'categorical':
    case 'boolean':
      return {
        fix: [{ op: 'impute', columns: [p.name], strategy: 'mode', addIndicator: true }],
        label: 'Impute with the mode',
      };
    case 'text':
      return {
        fix: [{ op: 'impute', columns: [p.name], strategy: 'constant', value: '', addIndicator: true }],
        label: 'Fill with empty text',
      };
    case 'identifier':
      return null;
  }
}

/** Columns with many missing values (the target's are missing_labels). */
export function highMissing(ctx: QualityContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const p of ctx.profile.columns) {
    if (p.role === 'target' || p.count === 0 || p.missing === 0) continue;
    const share = p.missing / p.count;
    if (share < MISSING_INFO) continue;
    const evidence = `${p.name}: ${int(p.missing)} of ${int(p.count)} values (${pct(p.missing, p.count)}) are missing.`;
    if (share >= MISSING_ERROR) {
      out.push(
        finding({
          check: 'high_missing',
          severity: 'error',
          columns: [p.name],
          title: `${p.name} is mostly missing`,
          evidence: `${evidence} Imputing more than half of a column invents most of it.`,
          fix: dropColumn(p.name),
          fixLabel: 'Drop column',
        }),
      );
      continue;
    }
    const impute = imputeFix(p);
    out.push(
      finding({
        check: 'high_missing',
        severity: share >= MISSING_WARNING ? 'warning' : 'info',
        columns: [p.name],
        title: `${p.name} has missing values`,
        evidence,
        fix: impute?.fix ?? null,
        fixLabel: impute?.label ?? null,
      }),
    );
  }
  return out;
}
