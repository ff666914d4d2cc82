import type { Recipe } from '../../../../shared/data.js';
import type { DataRecipeParams } from '../../../../shared/data-jobs.js';
import { applyRecipe, validateRecipe } from '../../data/recipes/apply-recipe.js';
import type { NewVersion } from '../../data/store/datasets-store.js';
import { loadTable } from '../../data/table/load.js';
import { persistTable } from '../../data/table/persist.js';
import { openWorkerData } from '../../data/worker-data.js';
import type { JobContext } from '../job-kind.js';

export interface RecipeWorkerResult {
  datasetId: string;
  version: NewVersion;
}

/** Where the target column ends up after the recipe (renamed, or dropped → null). */
export function targetAfter(target: string | null, recipe: Recipe): string | null {
  let t = target;
  for (const step of recipe) {
    if (t === null) return null;
    if (step.op === 'rename' && step.from === t) t = step.to;
    if (step.op === 'drop_columns' && step.columns.includes(t)) t = null;
  }
  return t;
}

/** Apply a recipe to a version in this worker and store the new columns; the commit step records the version. */
export async function run(ctx: JobContext<DataRecipeParams>): Promise<RecipeWorkerResult> {
  const data = openWorkerData(ctx);
  try {
    const parent = data.datasets.requireVersion(ctx.params.versionId);
    validateRecipe(parent.columns, ctx.params.recipe);
    ctx.progress(0.05, 'loading the version');
    const table = loadTable(data.columns, parent);
    const needsLabels = ctx.params.recipe.some((s) => s.op === 'apply_labels');
    const labels = needsLabels ? data.labels.effectiveLabels(parent.datasetId) : new Map<number, string>();
    const out = applyRecipe(table, parent.columns, ctx.params.recipe, {
      labelOf: (rowId) => labels.get(rowId) ?? null,
      signal: ctx.signal,
      progress: (f, m) => ctx.progress(0.1 + f * 0.8, m),
    });
    ctx.throwIfCancelled();
    ctx.progress(0.9, 'storing columns');
    const target = targetAfter(parent.target, ctx.params.recipe);
    const { columns, rowIdsBlob } = persistTable(data.columns, out, { previous: parent.columns, target });
    ctx.progress(1, `${out.rowCount.toLocaleString('en-US')} rows, ${columns.length} columns`);
    return {
      datasetId: parent.datasetId,
      version: {
        parentId: parent.id,
        recipe: ctx.params.recipe,
        note: ctx.params.note,
        rows: out.rowCount,
        columns,
        rowIdsBlob,
        target,
        task: target ? parent.task : null,
        // Rows may have changed, so a split does not carry over; it is made again on the new version.
        split: null,
      },
    };
  } finally {
    data.close();
  }
}
