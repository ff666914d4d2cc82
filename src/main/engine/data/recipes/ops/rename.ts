import type { RecipeStep } from '../../../../../shared/data.js';
import type { Table } from '../../table/types.js';
import {
  replaceColumn,
  requireColumn,
  requireSim,
  type SimColumn,
  type StepEnv,
  stepError,
} from '../step-env.js';

type RenameStep = Extract<RecipeStep, { op: 'rename' }>;

export function validateRename(
  cols: SimColumn[],
  step: RenameStep,
  env: Pick<StepEnv, 'step' | 'op'>,
): SimColumn[] {
  requireSim(cols, step.from, env);
  if (step.to === step.from) throw stepError(env, `"${step.from}" already has that name`);
  if (cols.some((c) => c.name === step.to)) {
    throw stepError(env, `a column named "${step.to}" already exists; drop or rename it first`);
  }
  return cols.map((c) => (c.name === step.from ? { name: step.to, type: c.type } : c));
}

export function applyRename(table: Table, step: RenameStep, env: StepEnv): Table {
  const { index, column } = requireColumn(table, step.from, env);
  if (table.columns.some((c) => c.name === step.to))
    throw stepError(env, `a column named "${step.to}" already exists`);
  return replaceColumn(table, index, { name: step.to, type: column.type, data: column.data });
}
