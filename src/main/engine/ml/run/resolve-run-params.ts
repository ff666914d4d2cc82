import { AppError } from '../../../../shared/errors.js';
import type { TrainParams, TrainParamsInput } from '../../../../shared/train.js';
import type { EngineContext } from '../../context.js';
import type { VersionManifest } from '../../data/store/datasets-store.js';
import { distinctValues } from '../../data/task.js';
import { type DataShape, resolveTrainParams } from '../train/defaults.js';

/** What the default parameters of a version are derived from. */
export function dataShapeOf(ctx: Pick<EngineContext, 'data'>, v: VersionManifest): DataShape {
  if (!v.target || !v.task) {
    throw new AppError(
      'invalid_input',
      `Version ${v.number} has no target column; set the target (and split) in the Data step, or pass --target.`,
    );
  }
  const target = v.columns.find((c) => c.name === v.target);
  if (!target)
    throw new AppError('invalid_input', `The target column "${v.target}" is not in version ${v.number}.`);
  const features = v.columns.filter((c) => c.role === 'feature');
  if (features.length === 0)
    throw new AppError(
      'invalid_input',
      'The version has no feature columns to learn from (all are excluded).',
    );
  const classes = v.task === 'regression' ? null : distinctValues(ctx.data.columns.getColumn(target.blob));
  if (classes !== null && classes < 2) {
    throw new AppError(
      'invalid_input',
      `The target "${v.target}" has only one class; a classifier needs at least two.`,
    );
  }
  return {
    trainRows: v.split ? v.split.counts.train : Math.floor(v.rows * 0.7),
    features: features.length,
    classes,
    task: v.task,
    textColumns: features.filter((c) => c.type === 'text').map((c) => c.name),
  };
}

/** The user's parameters over the data-derived defaults, checked against the data before any work. */
export function resolveRunParams(
  ctx: Pick<EngineContext, 'data'>,
  v: VersionManifest,
  input: TrainParamsInput,
): TrainParams {
  return resolveTrainParams(input, dataShapeOf(ctx, v));
}
