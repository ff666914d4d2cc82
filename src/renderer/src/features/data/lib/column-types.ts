import type { ColumnRole, ColumnType, RecipeStep, TaskType } from '../../../../../shared/data';

/** Mirrors COLUMN_TYPES in shared/data.ts without pulling its zod schemas into the bundle. */
export const COLUMN_TYPES = [
  'integer',
  'float',
  'boolean',
  'categorical',
  'datetime',
  'text',
  'identifier',
] as const satisfies readonly ColumnType[];

export const TASK_TYPES = ['binary', 'multiclass', 'regression'] as const satisfies readonly TaskType[];

export const COLUMN_ROLES = ['feature', 'target', 'excluded'] as const satisfies readonly ColumnRole[];

export type RecipeOp = RecipeStep['op'];

export const RECIPE_OPS = [
  'impute',
  'drop_columns',
  'drop_missing',
  'drop_rows',
  'filter',
  'clip',
  'winsorize',
  'deduplicate',
  'cast',
  'rename',
  'group_rare',
  'apply_labels',
] as const satisfies readonly RecipeOp[];

export function isNumericType(type: ColumnType): boolean {
  return type === 'integer' || type === 'float';
}

/** Fails to compile when RecipeStep gains an op this list lacks. */
const everyOpListed: [Exclude<RecipeOp, (typeof RECIPE_OPS)[number]>] extends [never] ? true : false = true;
void everyOpListed;
