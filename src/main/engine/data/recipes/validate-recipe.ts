import type { z } from 'zod';
import { type ColumnSchema, Recipe, type RecipeStep } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { validateApplyLabels } from './ops/apply-labels.js';
import { validateCast } from './ops/cast.js';
import { validateClip, validateWinsorize } from './ops/clip.js';
import { validateDeduplicate } from './ops/deduplicate.js';
import { validateDropColumns } from './ops/drop-columns.js';
import { validateDropMissing } from './ops/drop-missing.js';
import { validateRowStep } from './ops/filter-rows.js';
import { validateGroupRare } from './ops/group-rare.js';
import { validateImpute } from './ops/impute.js';
import { validateRename } from './ops/rename.js';
import type { SimColumn } from './step-env.js';

/** A recipe as a caller may write it (defaults such as addIndicator may be left out). */
export type RecipeInput = z.input<typeof Recipe>;

/** Parses a recipe (filling defaults); a malformed step becomes AppError('invalid_input') naming it. */
export function parseRecipe(recipe: unknown): Recipe {
  const r = Recipe.safeParse(recipe);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue?.path ?? [];
  const stepNo = typeof path[0] === 'number' ? path[0] + 1 : null;
  const field = path.slice(1).join('.');
  const where = stepNo === null ? 'recipe' : `step ${stepNo}${field ? ` (${field})` : ''}`;
  throw new AppError('invalid_input', `${where}: ${issue?.message ?? 'invalid recipe'}`, r.error.issues);
}

/** The schema after one step; throws AppError('invalid_input') naming the step when it cannot apply. */
export function simulateStep(cols: SimColumn[], step: RecipeStep, stepNo: number): SimColumn[] {
  const env = { step: stepNo, op: step.op };
  switch (step.op) {
    case 'impute':
      return validateImpute(cols, step, env);
    case 'drop_columns':
      return validateDropColumns(cols, step, env);
    case 'drop_missing':
      return validateDropMissing(cols, step, env);
    case 'drop_rows':
    case 'filter':
      return validateRowStep(cols, step, env);
    case 'clip':
      return validateClip(cols, step, env);
    case 'winsorize':
      return validateWinsorize(cols, step, env);
    case 'deduplicate':
      return validateDeduplicate(cols, step, env);
    case 'cast':
      return validateCast(cols, step, env);
    case 'rename':
      return validateRename(cols, step, env);
    case 'group_rare':
      return validateGroupRare(cols, step, env);
    case 'apply_labels':
      return validateApplyLabels(cols, step);
  }
}

/** The schema after every step (index i = after step i+1). */
export function simulateRecipe(columns: SimColumn[], recipe: RecipeInput): SimColumn[][] {
  const steps = parseRecipe(recipe);
  const out: SimColumn[][] = [];
  let cols = columns.map((c) => ({ name: c.name, type: c.type }));
  steps.forEach((step, i) => {
    cols = simulateStep(cols, step, i + 1);
    out.push(cols);
  });
  return out;
}

/** Checks a recipe against a version's columns before running it; throws AppError('invalid_input') naming the step and column. */
export function validateRecipe(columns: ColumnSchema[], recipe: RecipeInput): void {
  simulateRecipe(columns, recipe);
}
