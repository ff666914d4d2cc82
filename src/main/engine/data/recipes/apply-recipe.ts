import type { ColumnSchema, RecipeStep } from '../../../../shared/data.js';
import type { Table } from '../table/types.js';
import { throwIfAborted } from './abort.js';
import { applyApplyLabels } from './ops/apply-labels.js';
import { applyCast } from './ops/cast.js';
import { applyClip, applyWinsorize } from './ops/clip.js';
import { applyDeduplicate } from './ops/deduplicate.js';
import { applyDropColumns } from './ops/drop-columns.js';
import { applyDropMissing } from './ops/drop-missing.js';
import { applyRowStep } from './ops/filter-rows.js';
import { applyGroupRare } from './ops/group-rare.js';
import { applyImpute } from './ops/impute.js';
import { applyRename } from './ops/rename.js';
import type { StepEnv } from './step-env.js';
import { parseRecipe, type RecipeInput, simulateRecipe, validateRecipe } from './validate-recipe.js';

export { type RecipeInput, validateRecipe };

export interface RecipeContext {
  /** The effective label of a row (for apply_labels), or null. */
  labelOf(rowId: number): string | null;
  signal?: AbortSignal;
  progress?(fraction: number, message: string): void;
}

function applyStep(table: Table, step: RecipeStep, env: StepEnv): Table {
  switch (step.op) {
    case 'impute':
      return applyImpute(table, step, env);
    case 'drop_columns':
      return applyDropColumns(table, step, env);
    case 'drop_missing':
      return applyDropMissing(table, step, env);
    case 'drop_rows':
    case 'filter':
      return applyRowStep(table, step, env);
    case 'clip':
      return applyClip(table, step, env);
    case 'winsorize':
      return applyWinsorize(table, step, env);
    case 'deduplicate':
      return applyDeduplicate(table, step, env);
    case 'cast':
      return applyCast(table, step, env);
    case 'rename':
      return applyRename(table, step, env);
    case 'group_rare':
      return applyGroupRare(table, step, env);
    case 'apply_labels':
      return applyApplyLabels(table, step, env);
  }
}

/**
 * Apply the steps in order; returns a new Table (row ids kept, strictly ascending). The input's
 * arrays are never written; unchanged columns are shared with it. Each result column carries its
 * (possibly new) `type`, with storage STORAGE_OF[type]: derive the new schema from `table.columns`.
 */
export function applyRecipe(
  table: Table,
  columns: ColumnSchema[],
  recipe: RecipeInput,
  ctx: RecipeContext,
): Table {
  const steps = parseRecipe(recipe);
  // `columns` is the stored schema of `table`; the table's own columns are what the steps run on.
  const known = new Set(columns.map((c) => c.name));
  const sim = table.columns.map((c) => ({ name: c.name, type: c.type }));
  if (sim.some((c) => !known.has(c.name)))
    throw new Error('applyRecipe: the schema does not describe the table');
  simulateRecipe(sim, steps);
  let t = table;
  for (let i = 0; i < steps.length; i++) {
    throwIfAborted(ctx.signal);
    const step = steps[i] as RecipeStep;
    ctx.progress?.(i / steps.length, `step ${i + 1} of ${steps.length}: ${step.op}`);
    t = applyStep(t, step, {
      step: i + 1,
      op: step.op,
      signal: ctx.signal,
      labelOf: (id) => ctx.labelOf(id),
    });
  }
  throwIfAborted(ctx.signal);
  ctx.progress?.(1, `${steps.length} step${steps.length === 1 ? '' : 's'} applied`);
  return { rowCount: t.rowCount, rowIds: t.rowIds, columns: t.columns.slice() };
}
