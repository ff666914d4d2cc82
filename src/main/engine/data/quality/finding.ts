import type { QualityCheck, QualityFinding, RecipeStep } from '../../../../shared/data.js';

export interface FindingArgs {
  check: QualityCheck;
  severity: QualityFinding['severity'];
  columns: string[];
  title: string;
  evidence: string;
  fix?: RecipeStep[] | null;
  fixLabel?: string | null;
}

/** A finding with its stable id: the check and the columns it is about ("high_missing:workclass"). */
export function finding(a: FindingArgs): QualityFinding {
  const fix = a.fix && a.fix.length > 0 ? a.fix : null;
  return {
    id: a.columns.length ? `${a.check}:${a.columns.join('+')}` : a.check,
    check: a.check,
    severity: a.severity,
    columns: a.columns,
    title: a.title,
    evidence: a.evidence,
    fix,
    fixLabel: fix ? (a.fixLabel ?? null) : null,
  };
}

export function dropColumn(name: string): RecipeStep[] {
  return [{ op: 'drop_columns', columns: [name] }];
}
