import type { ColumnSchema, Recipe } from '../../../../shared/data.js';
import type { Table } from '../table/types.js';

export interface RecipeContext {
  /** The effective label of a row (for apply_labels), or null. */
  labelOf(rowId: number): string | null;
  signal?: AbortSignal;
  progress?(fraction: number, message: string): void;
}

/** Check a recipe against a version's columns before running it; throws AppError('invalid_input') naming the step and column. */
export function validateRecipe(_columns: ColumnSchema[], _recipe: Recipe): void {
  throw new Error('validateRecipe: not implemented yet');
}

/** Apply the steps in order; returns a new Table (row ids kept, strictly ascending). */
export function applyRecipe(_table: Table, _columns: ColumnSchema[], _recipe: Recipe, _ctx: RecipeContext): Table {
  throw new Error('applyRecipe: not implemented yet');
}
