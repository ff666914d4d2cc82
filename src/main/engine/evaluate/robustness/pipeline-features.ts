/** The raw features a fitted pipeline reads, as the robustness suite sees them. */
import type { FeaturePipeline } from '../../../../shared/data.js';
import type { RobustFeature } from './types.js';

/** One entry per pipeline feature: numeric, categorical and boolean keep their kind; datetime and text are "other". */
export function robustFeatures(pipeline: FeaturePipeline): RobustFeature[] {
  return pipeline.features.map((f) => ({
    name: f.column,
    kind: f.kind === 'numeric' || f.kind === 'categorical' || f.kind === 'boolean' ? f.kind : 'other',
  }));
}
