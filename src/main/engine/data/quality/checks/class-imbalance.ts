import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int, pct } from '../format.js';
import { targetClasses } from './target-classes.js';

/**
 * Thresholds on the rarest class's share, scaled to the class count k so balanced multiclass
 * targets are not flagged: warning below 0.4/k (20% for two classes), error below 0.1/k (5%).
 */
export const IMBALANCE_WARNING = 0.4;
export const IMBALANCE_ERROR = 0.1;

/** A classification target whose rarest class is much rarer than an even split. */
export function classImbalance(ctx: QualityContext): QualityFinding[] {
  const t = targetClasses(ctx);
  if (!t || t.classes.length < 2) return [];
  const k = t.classes.length;
  const total = t.classes.reduce((a, c) => a + c.count, 0);
  const rarest = t.classes.reduce((a, c) => (c.count < a.count ? c : a));
  const share = rarest.count / total;
  if (share >= IMBALANCE_WARNING / k) return [];
  const severity = share < IMBALANCE_ERROR / k ? 'error' : 'warning';
  const shares = t.classes
    .slice(0, 10)
    .map((c) => `${c.value} ${int(c.count)} (${pct(c.count, total)})`)
    .join(', ');
  const more = k > 10 ? ` and ${int(k - 10)} more classes` : '';
  return [
    finding({
      check: 'class_imbalance',
      severity,
      columns: [t.name],
      title: `${t.name} is imbalanced: "${rarest.value}" is ${pct(rarest.count, total)} of rows`,
      evidence:
        `${t.name}: ${shares}${more}. An even split would give each class ${pct(1, k)}. ` +
        'Train with class weights (the trainer supports them), judge the model by ROC AUC, PR AUC or F1 rather than accuracy, and use a stratified split.',
      fix: null,
    }),
  ];
}
