import type { RecipeStep } from '../../../../../shared/data.js';
import type { Table } from '../../table/types.js';
import { requireColumn, requireSim, type SimColumn, type StepEnv, stepError } from '../step-env.js';

type DropColumnsStep = Extract<RecipeStep, { op: 'drop_columns' }>;

export function validateDropColumns(
  cols: SimColumn[],
  step: DropColumnsStep,
  env: Pick<StepEnv, 'step' | 'op'>,
): SimColumn[] {
  for (const name of step.columns) requireSim(cols, name, env);
  const drop = new Set(step.columns);
  const out = cols.filter((c) => !drop.has(c.name));
  if (out.length === 0) throw stepError(env, 'this would drop every column; keep at least one');
  return out;
}

export function applyDropColumns(table: Table, step: DropColumnsStep, env: StepEnv): Table {
  for (const name of step.columns) requireColumn(table, name, env);
  const drop = new Set(step.columns);
  return {
    rowCount: table.rowCount,
    rowIds: table.rowIds,
    columns: table.columns.filter((c) => !drop.has(c.name)),
  };
}
