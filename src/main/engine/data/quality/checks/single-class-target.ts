import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int, num } from '../format.js';
import { targetClasses } from './target-classes.js';

/** A target with one class (or, for regression, one value): there is nothing to learn. */
export function singleClassTarget(ctx: QualityContext): QualityFinding[] {
  const name = ctx.meta.target;
  const p = name ? ctx.profileOf(name) : undefined;
  if (!name || !p || p.count - p.missing === 0 || p.distinct !== 1) return [];
  const t = targetClasses(ctx);
  const only = t?.classes[0];
  const present = p.count - p.missing;
  const what = t ? `class "${only?.value ?? ''}"` : `value ${num(p.numeric?.min ?? 0)}`;
  return [
    finding({
      check: 'single_class_target',
      severity: 'error',
      columns: [name],
      title: `${name} has only one ${t ? 'class' : 'value'}`,
      evidence: `${name}: all ${int(present)} labelled rows have the ${what}. A model needs at least two ${t ? 'classes' : 'values'} to learn from; add or label rows of the other ${t ? 'classes' : 'values'}.`,
      fix: null,
    }),
  ];
}
