import { AppError } from '../../../../shared/errors.js';
import { EvaluationReport, type EvaluationSummary } from '../../../../shared/evaluate.js';
import type { Db } from '../../db/connection.js';

interface SummaryRow {
  id: string;
  model_name: string;
  version: number;
  passed: number;
  summary: string;
  created_at: string;
}

const toSummary = (r: SummaryRow): EvaluationSummary => ({
  id: r.id,
  modelName: r.model_name,
  version: r.version,
  passed: r.passed === 1,
  summary: r.summary,
  createdAt: r.created_at,
});

const parseReport = (json: string): EvaluationReport => EvaluationReport.parse(JSON.parse(json));

/** Evaluation reports, stored with their model version (table evaluations). */
export class EvaluationsStore {
  constructor(private readonly db: Db) {}

  add(report: EvaluationReport, summary: string, jobId: string | null): void {
    this.db
      .prepare(
        'INSERT INTO evaluations (id, model_name, version, job_id, passed, summary, report, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        report.id,
        report.modelName,
        report.version,
        jobId,
        report.gate.passed ? 1 : 0,
        summary,
        JSON.stringify(report),
        report.createdAt,
      );
  }

  /** A model's evaluations (of one version, or all), newest first. */
  list(modelName: string, version?: number): EvaluationSummary[] {
    const rows =
      version === undefined
        ? this.db
            .prepare(
              'SELECT id, model_name, version, passed, summary, created_at FROM evaluations WHERE model_name = ? ORDER BY created_at DESC, rowid DESC',
            )
            .all(modelName)
        : this.db
            .prepare(
              'SELECT id, model_name, version, passed, summary, created_at FROM evaluations WHERE model_name = ? AND version = ? ORDER BY created_at DESC, rowid DESC',
            )
            .all(modelName, version);
    return (rows as SummaryRow[]).map(toSummary);
  }

  get(id: string): EvaluationReport | null {
    const row = this.db.prepare('SELECT report FROM evaluations WHERE id = ?').get(id) as
      | { report: string }
      | undefined;
    return row ? parseReport(row.report) : null;
  }

  require(id: string): EvaluationReport {
    const r = this.get(id);
    if (!r)
      throw new AppError(
        'not_found',
        `No evaluation ${id}; list them with \`ai-factory evaluate --list MODEL\`.`,
      );
    return r;
  }

  /**
   * The main metric of a version's newest evaluation — accuracy, or MAE for regression — read
   * from the stored JSON without parsing the whole report; null when never evaluated.
   */
  latestMainMetric(modelName: string, version: number): number | null {
    const row = this.db
      .prepare(
        `SELECT coalesce(json_extract(report, '$.metrics.accuracy'), json_extract(report, '$.metrics.mae')) AS value
         FROM evaluations WHERE model_name = ? AND version = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(modelName, version) as { value: number | null } | undefined;
    return row?.value ?? null;
  }

  /** A version's newest evaluation, or null. */
  latest(modelName: string, version: number): EvaluationReport | null {
    const row = this.db
      .prepare(
        'SELECT report FROM evaluations WHERE model_name = ? AND version = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
      )
      .get(modelName, version) as { report: string } | undefined;
    return row ? parseReport(row.report) : null;
  }
}
