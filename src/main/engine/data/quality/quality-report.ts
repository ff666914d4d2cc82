import {
  type DatasetProfile,
  QUALITY_CHECKS,
  type QualityCheck,
  type QualityFinding,
  type QualityReport,
} from '../../../../shared/data.js';
import type { ProfileMeta } from '../profile/profile.js';
import type { Table } from '../table/types.js';
import { CHECKS } from './checks/index.js';
import { makeContext, type QualityExtras } from './context.js';

export type { QualityExtras } from './context.js';

const NEEDS_TARGET = new Set<QualityCheck>([
  'target_leakage',
  'class_imbalance',
  'single_class_target',
  'missing_labels',
]);

/** Why a check does not apply to this version, or null when it does. */
function notApplicable(check: QualityCheck, meta: ProfileMeta, extras: QualityExtras): string | null {
  if (NEEDS_TARGET.has(check) && !meta.target) return 'no target column is set';
  if (check === 'unseen_categories' && !extras.split)
    return 'the version has no train / validation / test split yet';
  return null;
}

const SEVERITY_ORDER: Record<QualityFinding['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * The "garbage in" report: every check in QUALITY_CHECKS runs; findings come errors first,
 * then warnings, then information (in check order within each), and checks that found
 * nothing are listed in `passed`, and checks that do not apply (no target, no split) in `skipped`.
 */
export function qualityReport(
  table: Table,
  meta: ProfileMeta,
  profile: DatasetProfile,
  extras: QualityExtras = {},
): QualityReport {
  const ctx = makeContext(table, meta, profile, extras);
  const findings: QualityFinding[] = [];
  const passed: QualityReport['passed'] = [];
  const skipped: QualityReport['skipped'] = [];
  for (const check of QUALITY_CHECKS) {
    const reason = notApplicable(check, meta, extras);
    if (reason) {
      skipped.push({ check, reason });
      continue;
    }
    const found = CHECKS[check](ctx);
    if (found.length === 0) passed.push(check);
    findings.push(...found);
  }
  const order = new Map<string, number>(QUALITY_CHECKS.map((c, i) => [c, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (order.get(a.check) ?? 0) - (order.get(b.check) ?? 0),
  );
  return { versionId: meta.versionId, findings, passed, skipped };
}
