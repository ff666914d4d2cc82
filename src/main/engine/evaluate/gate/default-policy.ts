import type { TaskType } from '../../../../shared/data.js';
import type { GatePolicy } from '../../../../shared/evaluate.js';

/**
 * The policy of a model that has none of its own: the candidate must not be worse than the
 * production version by more than 0.01 on the task's main metric (accuracy, or R² for
 * regression). With no production version it passes, so a first model can ship once evaluated.
 */
export function defaultPolicy(task: TaskType): GatePolicy {
  return task === 'regression'
    ? { checks: [{ metric: 'r2', maxDropVsProduction: 0.01 }] }
    : { checks: [{ metric: 'accuracy', maxDropVsProduction: 0.01 }] };
}
