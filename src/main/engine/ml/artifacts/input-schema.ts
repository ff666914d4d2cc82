import type { ColumnSchema, ColumnType, FeaturePipeline, FittedFeature } from '../../../../shared/data.js';
import { OIP_DATATYPE } from '../../../../shared/oip-datatype.js';
import type { InputSchema } from '../../../../shared/train.js';

/** The column type a feature implies when the schema does not list its column. */
function kindType(f: FittedFeature): ColumnType {
  switch (f.kind) {
    case 'numeric':
      return 'float';
    case 'boolean':
      return 'boolean';
    case 'categorical':
      return 'categorical';
    case 'datetime':
      return 'datetime';
    case 'text':
      return 'text';
  }
}

/**
 * The raw inputs a model takes: one per pipeline feature, in pipeline order, typed from the
 * version's schema. Every input is nullable: the pipeline fills missing values. Categorical inputs
 * list their known categories (others go to the unknown bucket).
 */
export function inputSchemaOf(
  pipeline: FeaturePipeline,
  columns: readonly Pick<ColumnSchema, 'name' | 'type'>[],
): InputSchema {
  const typeOf = new Map(columns.map((c) => [c.name, c.type]));
  return pipeline.features.map((f) => {
    const type = typeOf.get(f.column) ?? kindType(f);
    return {
      name: f.column,
      type,
      datatype: OIP_DATATYPE[type],
      ...(f.kind === 'categorical' ? { categories: [...f.vocabulary] } : {}),
      nullable: true,
    };
  });
}
