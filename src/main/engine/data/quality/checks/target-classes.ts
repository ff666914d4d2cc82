import { isClassificationTarget } from '../../profile/target.js';
import type { QualityContext } from '../context.js';

/** The class counts of a classification target (from the profile), or null for regression / no target. */
export function targetClasses(
  ctx: QualityContext,
): { name: string; classes: { value: string; count: number }[] } | null {
  const t = ctx.profile.target;
  if (!t) return null;
  const p = ctx.profileOf(t.name);
  if (!p || !isClassificationTarget(p.type, ctx.meta.task, p.distinct)) return null;
  return { name: t.name, classes: t.distribution.filter((d) => d.count > 0) };
}
