import type { ColumnType, RecipeStep } from '../../../../../../shared/data';

export interface ColumnInfo {
  name: string;
  type: ColumnType;
}

/** What every step form gets: its step, the columns it may name, and where to send changes. */
export interface StepFormProps<S extends RecipeStep = RecipeStep> {
  step: S;
  columns: ColumnInfo[];
  onChange: (step: RecipeStep) => void;
  /** Prefix for element ids, unique per step. */
  idPrefix: string;
}

export type StepOf<Op extends RecipeStep['op']> = Extract<RecipeStep, { op: Op }>;
