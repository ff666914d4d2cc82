/** Test helper: profile and report a hand-built table in one call. */
import {
  type QualityCheck,
  type QualityFinding,
  type QualityReport,
  QualityReport as QualityReportSchema,
} from '../../../../shared/data.js';
import { computeProfile } from '../profile/profile.js';
import { type MetaOptions, makeMeta, makeTable, type TestColumn } from '../profile/test-table.js';
import type { QualityExtras } from './context.js';
import { qualityReport } from './quality-report.js';

export function reportFor(
  columns: TestColumn[],
  opts: MetaOptions = {},
  extras: QualityExtras = {},
): QualityReport {
  const table = makeTable(columns);
  const meta = makeMeta(table, opts);
  return QualityReportSchema.parse(qualityReport(table, meta, computeProfile(table, meta), extras));
}

/** The findings of one check. */
export function findingsOf(report: QualityReport, check: QualityCheck): QualityFinding[] {
  return report.findings.filter((f) => f.check === check);
}

/** 0, 1, 2, … n-1 */
export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
