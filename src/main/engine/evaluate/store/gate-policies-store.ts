import { GatePolicy } from '../../../../shared/evaluate.js';
import type { Db } from '../../db/connection.js';
import { nowIso } from '../../util/ids.js';

export interface StoredPolicy {
  policy: GatePolicy;
  updatedAt: string;
  updatedBy: string;
}

/** Each model's own gate policy (table gate_policies); a model without one uses the default. */
export class GatePoliciesStore {
  constructor(private readonly db: Db) {}

  get(modelName: string): StoredPolicy | null {
    const row = this.db
      .prepare('SELECT policy, updated_at, updated_by FROM gate_policies WHERE model_name = ?')
      .get(modelName) as { policy: string; updated_at: string; updated_by: string } | undefined;
    if (!row) return null;
    return {
      policy: GatePolicy.parse(JSON.parse(row.policy)),
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    };
  }

  set(modelName: string, policy: GatePolicy, actor: string): StoredPolicy {
    const at = nowIso();
    this.db
      .prepare(
        `INSERT INTO gate_policies (model_name, policy, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (model_name) DO UPDATE SET policy = excluded.policy, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(modelName, JSON.stringify(policy), at, actor);
    return { policy, updatedAt: at, updatedBy: actor };
  }
}
