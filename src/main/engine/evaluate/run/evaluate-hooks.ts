import type { EvaluationReport } from '../../../../shared/evaluate.js';
import type { EngineContext } from '../../context.js';
import type { JobHooks } from '../../jobs/runner.js';
import { nowIso } from '../../util/ids.js';
import { gateValues } from '../gate/gate-values.js';
import { currentPolicy } from '../gate/promotion-check.js';
import { runGate } from '../gate/run-gate.js';
import { EvaluationsStore } from '../store/evaluations-store.js';
import { GatePoliciesStore } from '../store/gate-policies-store.js';
import type { EvaluateWorkerResult } from './job-params.js';
import { evaluationSummary } from './summary.js';

export interface EvaluateJobResult {
  evaluationId: string;
  passed: boolean;
  summary: string;
}

/** Judge a worker's measurements against the model's policy now in force: the stored report. */
export function judge(ctx: Pick<EngineContext, 'db'>, r: EvaluateWorkerResult): EvaluationReport {
  const { policy, source } = currentPolicy(new GatePoliciesStore(ctx.db), r.modelName, r.task);
  const candidate = {
    values: gateValues(r.metrics, r.latency?.candidate ?? null, r.robustness),
    slices: r.slices,
  };
  const production = r.production
    ? {
        version: r.production.version,
        values: gateValues(
          r.production.metrics,
          r.latency?.production ?? null,
          r.production.robustnessScore === null ? null : { score: r.production.robustnessScore },
        ),
      }
    : null;
  return { ...r, gate: runGate(policy, source, candidate, production), createdAt: nowIso() };
}

/** The main-thread half of an evaluation job: judge the gate, store the report with its version, tell listeners. */
export function evaluateHooks(ctx: Pick<EngineContext, 'db' | 'emit'>): JobHooks {
  const store = new EvaluationsStore(ctx.db);
  return {
    commit: (job, raw): EvaluateJobResult => {
      const report = judge(ctx, raw as EvaluateWorkerResult);
      const summary = evaluationSummary(report);
      store.add(report, summary, job.id);
      queueMicrotask(() =>
        ctx.emit({
          type: 'evaluations.changed',
          modelName: report.modelName,
          version: report.version,
          id: report.id,
        }),
      );
      return { evaluationId: report.id, passed: report.gate.passed, summary };
    },
  };
}
