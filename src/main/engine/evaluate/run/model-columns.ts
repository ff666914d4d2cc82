import type { ColumnSchema, FeaturePipeline } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';

/**
 * Check a dataset version can be evaluated with a model: every column the model reads (and the
 * target) must be there, stored the same way. Throws invalid_input naming every problem.
 */
export function checkModelColumns(
  pipeline: FeaturePipeline,
  columns: readonly Pick<ColumnSchema, 'name' | 'storage' | 'type'>[],
  versionLabel: string,
): void {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const features = pipeline.features.map((f) => f.column);
  const missing = features.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    throw new AppError(
      'invalid_input',
      `${versionLabel} lacks ${missing.length === 1 ? 'a feature' : `${missing.length} features`} the model reads: ${missing.join(', ')}. Evaluate on a version that has them (the model's features: ${features.join(', ')}).`,
    );
  }
  const target = pipeline.target?.column;
  if (target && !byName.has(target)) {
    throw new AppError(
      'invalid_input',
      `${versionLabel} has no column "${target}" (the model's target), so there is nothing to compare predictions with. Pick a labeled version.`,
    );
  }
  const wrong = pipeline.features
    .map((f) => ({ f, c: byName.get(f.column) }))
    .filter(({ f, c }) => {
      if (!c) return false;
      if (f.kind === 'categorical') return c.storage !== 'dict';
      if (f.kind === 'text') return c.storage !== 'text';
      return c.storage !== 'number';
    });
  if (wrong.length > 0) {
    throw new AppError(
      'invalid_input',
      `${versionLabel} stores ${wrong.map(({ f, c }) => `"${f.column}" as ${c?.type} (the model reads it as ${f.kind})`).join(', ')}; cast the column${wrong.length > 1 ? 's' : ''} in the Data step to match.`,
    );
  }
}
