import type { TaskType } from '../../../../shared/data.js';
import type { EvaluationReport, GatePolicy } from '../../../../shared/evaluate.js';
import type { ModelVersionRecord } from '../../../../shared/train.js';
import type { Db } from '../../db/connection.js';
import { EvaluationsStore } from '../store/evaluations-store.js';
import { GatePoliciesStore } from '../store/gate-policies-store.js';
import { defaultPolicy } from './default-policy.js';

/** The policy a model's gate uses now: its own, or the default for its task. */
export function currentPolicy(
  policies: GatePoliciesStore,
  modelName: string,
  task: TaskType,
): { policy: GatePolicy; source: 'model' | 'default'; updatedAt: string | null } {
  const own = policies.get(modelName);
  return own
    ? { policy: own.policy, source: 'model', updatedAt: own.updatedAt }
    : { policy: defaultPolicy(task), source: 'default', updatedAt: null };
}

const samePolicy = (a: GatePolicy, b: GatePolicy) => JSON.stringify(a) === JSON.stringify(b);

function failedChecks(report: EvaluationReport): string {
  return report.gate.checks
    .filter((c) => !c.passed)
    .map((c) => `${c.description} (observed ${c.observed ?? 'nothing'}${c.note ? `; ${c.note}` : ''})`)
    .join('; ');
}

/**
 * Why a version may not go to production under the evaluation gate, or null when it may: its
 * latest evaluation must exist, have passed, have been judged under the model's current policy
 * and, when the policy compares with production, against the version in production now.
 */
export function evaluationGateProblem(
  db: Db,
  version: ModelVersionRecord,
  productionVersion: number | null,
): string | null {
  const name = version.modelName;
  const label = `${name} v${version.version}`;
  const how = `run \`ai-factory evaluate ${name} ${version.version}\` (or Evaluate in the app)`;
  const latest = new EvaluationsStore(db).latest(name, version.version);
  if (!latest) return `${label} has not been evaluated; ${how} first.`;
  const { policy } = currentPolicy(new GatePoliciesStore(db), name, version.task);
  if (!samePolicy(latest.gate.policy, policy))
    return `the gate policy of ${name} changed after ${label} was evaluated (${latest.createdAt}); ${how} again.`;
  if (!latest.gate.passed) return `${label} failed its gate on ${latest.createdAt}: ${failedChecks(latest)}.`;
  const comparesWithProduction = policy.checks.some(
    (c) => c.maxDropVsProduction !== undefined || c.minGainVsProduction !== undefined,
  );
  const against = productionVersion === version.version ? null : productionVersion;
  if (comparesWithProduction && latest.gate.productionVersion !== against) {
    const was =
      latest.gate.productionVersion === null ? 'no production version' : `v${latest.gate.productionVersion}`;
    const now = against === null ? 'there is none' : `it is v${against}`;
    return `${label} was compared with ${was} in production, but now ${now}; ${how} again.`;
  }
  return null;
}
