import type { RecipeStep } from '../../../../../shared/data.js';
import type { Table } from '../../table/types.js';
import { selectRows } from '../gather.js';
import type { SimColumn, StepEnv } from '../step-env.js';
import { matchAll, validateConditions } from './conditions.js';

type RowStep = Extract<RecipeStep, { op: 'drop_rows' | 'filter' }>;

export function validateRowStep(
  cols: SimColumn[],
  step: RowStep,
  env: Pick<StepEnv, 'step' | 'op'>,
): SimColumn[] {
  validateConditions(cols, step.where, env);
  return cols;
}

/** drop_rows removes the rows matching every condition; filter keeps only those rows. */
export function applyRowStep(table: Table, step: RowStep, env: StepEnv): Table {
  const match = matchAll(table, step.where, env);
  if (step.op === 'drop_rows') for (let i = 0; i < match.length; i++) match[i] = match[i] ? 0 : 1;
  return selectRows(table, match, env.signal);
}
