import type { ColumnProfile, QualityFinding } from '../../../../../shared/data.js';
import { booleanGroups } from '../../profile/feature-association.js';
import { encodeTarget } from '../../profile/target.js';
import type { QualityContext } from '../context.js';
import { dropColumn, finding } from '../finding.js';
import { int, pct } from '../format.js';
import { majorityPerCategoryAccuracy } from './single-feature-accuracy.js';

/** Association at or above this is an error: the feature is (nearly) a function of the target. */
export const LEAK_ERROR = 0.99;
/** Association at or above this is a warning: check the feature is known at prediction time. */
export const LEAK_WARNING = 0.95;
/** A categorical feature that alone predicts the class this well is an error. */
export const LEAK_ACCURACY = 0.99;
/** Categorical features need this many rows per category on average to be judged. */
export const MIN_ROWS_PER_CATEGORY = 10;

const MEASURE_NAMES = {
  pearson: '|Pearson r|',
  eta: 'the correlation ratio η',
  cramers_v: "Cramér's V",
} as const;

function enoughSupport(p: ColumnProfile): boolean {
  const categorical = p.type === 'categorical' || p.type === 'boolean';
  return !categorical || p.distinct * MIN_ROWS_PER_CATEGORY <= p.count - p.missing;
}

/**
 * Features that give the target away: association with the target ≥ 0.95 (warning) or ≥ 0.99
 * (error), or a categorical feature whose categories alone predict the class with ≥ 99%
 * accuracy (and cut the majority-class error by 90%). Only feature columns are judged.
 */
export function targetLeakage(ctx: QualityContext): QualityFinding[] {
  const targetName = ctx.meta.target;
  const targetColumn = targetName ? ctx.column(targetName) : undefined;
  if (!targetName || !targetColumn) return [];
  let encoded: ReturnType<typeof encodeTarget> | undefined;
  const out: QualityFinding[] = [];
  for (const p of ctx.profile.columns) {
    if (p.role !== 'feature' || !enoughSupport(p)) continue;
    const reasons: string[] = [];
    let severity: 'warning' | 'error' | null = null;
    const a = p.association;
    if (a && a.value >= LEAK_WARNING) {
      severity = a.value >= LEAK_ERROR ? 'error' : 'warning';
      reasons.push(
        `${MEASURE_NAMES[a.measure]} between ${p.name} and ${targetName} is ${a.value.toFixed(3)}`,
      );
    }
    const col = ctx.column(p.name);
    if (col && (col.data.storage === 'dict' || col.type === 'boolean')) {
      encoded ??= encodeTarget(targetColumn, ctx.meta.task);
      if (encoded?.kind === 'classes') {
        const groups =
          col.data.storage === 'dict'
            ? col.data.codes
            : col.data.storage === 'number'
              ? booleanGroups(col.data.values)
              : null;
        const k = col.data.storage === 'dict' ? col.data.dictionary.length : 2;
        const acc = groups
          ? majorityPerCategoryAccuracy(groups, k, encoded.classOf, encoded.classNames.length)
          : null;
        if (acc && acc.accuracy >= LEAK_ACCURACY && 1 - acc.accuracy <= 0.1 * (1 - acc.baseline)) {
          severity = 'error';
          reasons.push(
            `predicting each ${p.name} value's most common ${targetName} is right for ${pct(acc.accuracy * acc.rows, acc.rows)} of ${int(acc.rows)} rows (always guessing the majority class: ${pct(acc.baseline * acc.rows, acc.rows)})`,
          );
        }
      }
    }
    if (!severity) continue;
    out.push(
      finding({
        check: 'target_leakage',
        severity,
        columns: [p.name],
        title:
          severity === 'error'
            ? `${p.name} gives the target away`
            : `${p.name} is suspiciously close to the target`,
        evidence:
          `${reasons.join('; ')}. ` +
          (severity === 'error'
            ? `A feature this tied to ${targetName} is usually recorded after the outcome or derived from it; the model would look perfect here and fail in use.`
            : `Make sure ${p.name} is known at the time you predict; if it is recorded after the outcome, drop it.`),
        fix: dropColumn(p.name),
        fixLabel: 'Drop column',
      }),
    );
  }
  return out;
}
