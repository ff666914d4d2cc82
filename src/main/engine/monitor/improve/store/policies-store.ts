import { ImprovementPolicy, type PolicyRecord } from '../../../../../shared/improve.js';
import type { Db } from '../../../db/connection.js';
import { newId, nowIso } from '../../../util/ids.js';

interface PolicyRow {
  id: string;
  model_name: string;
  name: string;
  policy: string;
  last_run_at: string | null;
  failures: number;
  backoff_until: string | null;
  created_at: string;
  updated_at: string;
}

const toRecord = (r: PolicyRow): PolicyRecord => ({
  id: r.id,
  modelName: r.model_name,
  policy: ImprovementPolicy.parse(JSON.parse(r.policy)),
  state: { lastRunAt: r.last_run_at, failures: r.failures, backoffUntil: r.backoff_until },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A model's continuous-improvement policies and what the loop remembers about each. */
export class PoliciesStore {
  constructor(private readonly db: Db) {}

  list(modelName: string): PolicyRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM improvement_policies WHERE model_name = ? ORDER BY position')
      .all(modelName) as PolicyRow[];
    return rows.map(toRecord);
  }

  /** Every enabled policy of every model. */
  enabled(): PolicyRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM improvement_policies ORDER BY model_name, position')
      .all() as PolicyRow[];
    return rows.map(toRecord).filter((p) => p.policy.enabled);
  }

  get(id: string): PolicyRecord | undefined {
    const row = this.db.prepare('SELECT * FROM improvement_policies WHERE id = ?').get(id) as
      | PolicyRow
      | undefined;
    return row ? toRecord(row) : undefined;
  }

  /**
   * Replace the model's policies in one transaction. A policy whose name stays keeps its id and
   * state (last run, failures, backoff), so editing a threshold does not reset the minimum interval.
   */
  replace(modelName: string, policies: readonly ImprovementPolicy[]): PolicyRecord[] {
    const now = nowIso();
    this.db
      .transaction(() => {
        const old = new Map(this.list(modelName).map((p) => [p.policy.name, p]));
        const keep = new Set(policies.map((p) => p.name));
        for (const [name, p] of old) {
          if (!keep.has(name)) this.db.prepare('DELETE FROM improvement_policies WHERE id = ?').run(p.id);
        }
        policies.forEach((policy, position) => {
          const prev = old.get(policy.name);
          if (prev) {
            this.db
              .prepare(
                'UPDATE improvement_policies SET policy = ?, position = ?, updated_at = ? WHERE id = ?',
              )
              .run(JSON.stringify(policy), position, now, prev.id);
          } else {
            this.db
              .prepare(
                `INSERT INTO improvement_policies (id, model_name, name, position, policy, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?)`,
              )
              .run(newId('pol'), modelName, policy.name, position, JSON.stringify(policy), now, now);
          }
        });
      })
      .immediate();
    return this.list(modelName);
  }

  markRun(id: string, at: string): void {
    this.db.prepare('UPDATE improvement_policies SET last_run_at = ? WHERE id = ?').run(at, id);
  }

  /** A failed cycle: one more failure in a row, and no new cycle before `until`. */
  markFailure(id: string, until: string): number {
    this.db
      .prepare('UPDATE improvement_policies SET failures = failures + 1, backoff_until = ? WHERE id = ?')
      .run(until, id);
    return this.get(id)?.state.failures ?? 0;
  }

  /** A cycle that reached a verdict: the failure streak ends. */
  markSettled(id: string): void {
    this.db
      .prepare('UPDATE improvement_policies SET failures = 0, backoff_until = NULL WHERE id = ?')
      .run(id);
  }
}
