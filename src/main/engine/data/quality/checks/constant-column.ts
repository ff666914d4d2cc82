import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { dropColumn, finding } from '../finding.js';
import { int } from '../format.js';
import { displayValue } from './values.js';

/** Columns with exactly one distinct non-missing value (the target is left to single_class_target). */
export function constantColumn(ctx: QualityContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const p of ctx.profile.columns) {
    if (p.role === 'target' || p.distinct !== 1) continue;
    const present = p.count - p.missing;
    const value = displayValue(ctx, p);
    const missingNote =
      p.missing > 0 ? ` and ${int(p.missing)} ${p.missing === 1 ? 'is' : 'are'} missing` : '';
    out.push(
      finding({
        check: 'constant_column',
        severity: 'warning',
        columns: [p.name],
        title: `${p.name} has a single value`,
        evidence: `${p.name}: all ${int(present)} non-missing values are ${value}${missingNote}; it cannot help a model.`,
        fix: dropColumn(p.name),
        fixLabel: 'Drop column',
      }),
    );
  }
  return out;
}
