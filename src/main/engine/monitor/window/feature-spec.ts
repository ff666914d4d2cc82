/**
 * Which raw features a monitoring window reads, and as what: the model version's pipeline lists
 * one feature per raw input column with its kind.
 */
import type { FeaturePipeline, FittedFeature } from '../../../../shared/data.js';

export type FeatureKind = FittedFeature['kind'];

/** One raw feature a window reads: the input's name as clients send it, and its kind. */
export interface WindowFeatureSpec {
  name: string;
  kind: FeatureKind;
}

/** The raw features of a model version, from its pipeline.json, in pipeline order. */
export function featureSpecsOf(pipeline: Pick<FeaturePipeline, 'features'>): WindowFeatureSpec[] {
  return pipeline.features.map((f) => ({ name: f.column, kind: f.kind }));
}
