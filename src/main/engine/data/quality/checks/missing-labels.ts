import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int, pct } from '../format.js';

/** More than this share of rows without a label is an error. */
export const MISSING_LABELS_ERROR = 0.5;

/** Rows whose target is missing: they cannot train or be scored until labelled. */
export function missingLabels(ctx: QualityContext): QualityFinding[] {
  const name = ctx.meta.target;
  const p = name ? ctx.profileOf(name) : undefined;
  if (!name || !p || p.missing === 0) return [];
  return [
    finding({
      check: 'missing_labels',
      severity: p.missing / p.count > MISSING_LABELS_ERROR ? 'error' : 'warning',
      columns: [name],
      title: `${int(p.missing)} rows have no ${name}`,
      evidence: `${name}: ${int(p.missing)} of ${int(p.count)} rows (${pct(p.missing, p.count)}) have no value. Label them in the labeling view, or drop them.`,
      fix: [{ op: 'drop_missing', columns: [name] }],
      fixLabel: 'Drop unlabelled rows',
    }),
  ];
}
