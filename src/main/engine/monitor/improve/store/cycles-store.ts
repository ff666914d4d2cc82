import {
  type CycleStage,
  type CycleStatus,
  CycleTrigger,
  type ImprovementCycle,
  ImprovementPolicy,
} from '../../../../../shared/improve.js';
import type { Db } from '../../../db/connection.js';
import { newId, nowIso } from '../../../util/ids.js';

interface CycleRow {
  id: string;
  model_name: string;
  policy_id: string | null;
  policy_name: string;
  policy: string;
  status: CycleStatus;
  stage: CycleStage;
  trigger: string;
  champion_version: number;
  challenger_version: number | null;
  dataset_version_id: string | null;
  recent_version_id: string | null;
  run_id: string | null;
  tuning_id: string | null;
  evaluation_id: string | null;
  recent_evaluation_id: string | null;
  job_id: string | null;
  production_rows: number;
  data_until: number | null;
  baseline: string | null;
  promoted_at: number | null;
  error: string | null;
  started_at: string;
  updated_at: string;
  ended_at: string | null;
}

/** The champion's live metric when the cycle started (what a promoted challenger is watched against). */
export interface CycleBaseline {
  name: 'accuracy' | 'mae';
  value: number | null;
  labeled: number;
}

/** A cycle with what only the loop needs (the policy it runs under, its data cut-off, the baseline). */
export interface CycleRecord extends ImprovementCycle {
  policy: ImprovementPolicy;
  dataUntil: number | null;
  baseline: CycleBaseline | null;
  /** Epoch ms of the promotion (watch period start). */
  promotedAt: number | null;
}

const toRecord = (r: CycleRow): CycleRecord => ({
  id: r.id,
  modelName: r.model_name,
  policyId: r.policy_id,
  policyName: r.policy_name,
  status: r.status,
  stage: r.stage,
  trigger: CycleTrigger.parse(JSON.parse(r.trigger)),
  championVersion: r.champion_version,
  challengerVersion: r.challenger_version,
  datasetVersionId: r.dataset_version_id,
  recentVersionId: r.recent_version_id,
  runId: r.run_id,
  tuningId: r.tuning_id,
  evaluationId: r.evaluation_id,
  recentEvaluationId: r.recent_evaluation_id,
  jobId: r.job_id,
  productionRows: r.production_rows,
  error: r.error,
  startedAt: r.started_at,
  updatedAt: r.updated_at,
  endedAt: r.ended_at,
  policy: ImprovementPolicy.parse(JSON.parse(r.policy)),
  dataUntil: r.data_until,
  baseline: r.baseline ? (JSON.parse(r.baseline) as CycleBaseline) : null,
  promotedAt: r.promoted_at,
});

/** The public view of a cycle (what the contract returns). */
export function publicCycle(c: CycleRecord): ImprovementCycle {
  const { policy: _p, dataUntil: _d, baseline: _b, promotedAt: _a, ...rest } = c;
  return rest;
}

/** Fields a step of the loop may change. */
export interface CyclePatch {
  status?: CycleStatus;
  stage?: CycleStage;
  challengerVersion?: number | null;
  datasetVersionId?: string | null;
  recentVersionId?: string | null;
  runId?: string | null;
  tuningId?: string | null;
  evaluationId?: string | null;
  recentEvaluationId?: string | null;
  jobId?: string | null;
  productionRows?: number;
  dataUntil?: number | null;
  promotedAt?: number | null;
  baseline?: CycleBaseline | null;
  error?: string | null;
}

const COLUMN: Record<keyof CyclePatch, string> = {
  status: 'status',
  stage: 'stage',
  challengerVersion: 'challenger_version',
  datasetVersionId: 'dataset_version_id',
  recentVersionId: 'recent_version_id',
  runId: 'run_id',
  tuningId: 'tuning_id',
  evaluationId: 'evaluation_id',
  recentEvaluationId: 'recent_evaluation_id',
  jobId: 'job_id',
  productionRows: 'production_rows',
  dataUntil: 'data_until',
  promotedAt: 'promoted_at',
  baseline: 'baseline',
  error: 'error',
};

/** States a cycle ends in. */
export const ENDED: readonly CycleStatus[] = [
  'completed',
  'rejected',
  'rolled_back',
  'skipped',
  'failed',
  'interrupted',
];

export class CyclesStore {
  constructor(private readonly db: Db) {}

  create(args: {
    modelName: string;
    policyId: string | null;
    policy: ImprovementPolicy;
    trigger: CycleTrigger;
    championVersion: number;
    baseline: CycleBaseline | null;
  }): CycleRecord {
    const id = newId('cyc');
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO improvement_cycles (id, model_name, policy_id, policy_name, policy, status, stage, trigger, champion_version, baseline, started_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'running', 'dataset', ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        args.modelName,
        args.policyId,
        args.policy.name,
        JSON.stringify(args.policy),
        JSON.stringify(args.trigger),
        args.championVersion,
        args.baseline ? JSON.stringify(args.baseline) : null,
        now,
        now,
      );
    return this.require(id);
  }

  get(id: string): CycleRecord | undefined {
    const row = this.db.prepare('SELECT * FROM improvement_cycles WHERE id = ?').get(id) as
      | CycleRow
      | undefined;
    return row ? toRecord(row) : undefined;
  }

  require(id: string): CycleRecord {
    const c = this.get(id);
    if (!c) throw new Error(`no improvement cycle ${id}`);
    return c;
  }

  update(id: string, patch: CyclePatch): CycleRecord {
    const keys = Object.keys(patch) as (keyof CyclePatch)[];
    const now = nowIso();
    const sets = keys.map((k) => `${COLUMN[k]} = ?`);
    const values = keys.map((k) =>
      k === 'baseline' ? (patch.baseline ? JSON.stringify(patch.baseline) : null) : (patch[k] ?? null),
    );
    const ended = patch.status && ENDED.includes(patch.status);
    this.db
      .prepare(
        `UPDATE improvement_cycles SET ${[...sets, 'updated_at = ?', ...(ended ? ['ended_at = ?'] : [])].join(', ')} WHERE id = ?`,
      )
      .run(...values, now, ...(ended ? [now] : []), id);
    return this.require(id);
  }

  list(modelName: string, limit: number): CycleRecord[] {
    const rows = this.db
      .prepare(
        'SELECT * FROM improvement_cycles WHERE model_name = ? ORDER BY started_at DESC, rowid DESC LIMIT ?',
      )
      .all(modelName, limit) as CycleRow[];
    return rows.map(toRecord);
  }

  /** Cycles the loop still has to move: running, awaiting approval, or watching. */
  active(): CycleRecord[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM improvement_cycles WHERE status IN ('running', 'awaiting_approval', 'watching') ORDER BY rowid`,
      )
      .all() as CycleRow[];
    return rows.map(toRecord);
  }

  /** The model's cycle that is running or awaiting approval (at most one). */
  open(modelName: string): CycleRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT * FROM improvement_cycles WHERE model_name = ? AND status IN ('running', 'awaiting_approval')`,
      )
      .get(modelName) as CycleRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /**
   * Where the labeled production data of the next cycle starts: the cut-off of the cycle whose
   * challenger is the given version (it already learned from rows up to there), else 0.
   */
  dataUntilFor(modelName: string, version: number): number {
    const v = this.db
      .prepare(
        `SELECT data_until FROM improvement_cycles WHERE model_name = ? AND challenger_version = ? AND data_until IS NOT NULL
         ORDER BY rowid DESC LIMIT 1`,
      )
      .pluck()
      .get(modelName, version) as number | undefined;
    return v ?? 0;
  }
}
