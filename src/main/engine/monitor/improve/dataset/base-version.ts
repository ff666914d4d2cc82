/**
 * The base version's requirements: a target (production rows get their labels there) and a saved
 * split (base rows keep their part, production rows are split in its proportions).
 */
import type { ColumnSchema, SplitInfo, TaskType } from '../../../../../shared/data.js';
import { AppError } from '../../../../../shared/errors.js';
import type { VersionManifest } from '../../../data/store/datasets-store.js';

export interface CheckedBase {
  target: ColumnSchema;
  task: TaskType;
  /** Null: no saved split, and the caller makes training's default one again. */
  split: SplitInfo | null;
}

export function checkBase(v: VersionManifest, hasDefault = false): CheckedBase {
  const target = v.target ? v.columns.find((c) => c.name === v.target) : undefined;
  if (!v.target || !v.task || !target) {
    throw new AppError(
      'invalid_input',
      `Dataset version ${v.number} has no target, so production labels have no column to go in. Set its target in the Data step (the one the model predicts), then run the improvement again.`,
    );
  }
  if (!v.split) {
    if (hasDefault) return { target, task: v.task, split: null };
    throw new AppError(
      'invalid_input',
      `Dataset version ${v.number} has no saved split, so its rows' train / validation / test parts are unknown and the production rows cannot be split like them. Save a split on it in the Data step and retrain the model on it, or improve a model trained on a version with a split.`,
    );
  }
  if (v.split.counts.train + v.split.counts.validation + v.split.counts.test !== v.rows) {
    throw new AppError(
      'invalid_input',
      `The split of dataset version ${v.number} does not cover its ${v.rows} rows; save the split again in the Data step.`,
    );
  }
  return { target, task: v.task, split: v.split };
}
