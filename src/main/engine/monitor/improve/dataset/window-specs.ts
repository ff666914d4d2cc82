/**
 * Which columns of the base version are read from the logged request bodies, and as what kind:
 * every column but the target (the target comes from the feedback label). Features are what the
 * model was sent; excluded columns (ids, times) are read too in case clients send them, and are
 * missing otherwise.
 */
import type { ColumnSchema, ColumnType } from '../../../../../shared/data.js';
import type { FeatureKind, WindowFeatureSpec } from '../../window/feature-spec.js';

/** The window reader's kind for a column type (the kind the feature pipeline would fit). */
export const KIND_OF_TYPE: Record<ColumnType, FeatureKind> = {
  integer: 'numeric',
  float: 'numeric',
  boolean: 'boolean',
  datetime: 'datetime',
  categorical: 'categorical',
  text: 'text',
  identifier: 'text',
};

export function windowSpecsOf(columns: readonly ColumnSchema[], target: string): WindowFeatureSpec[] {
  return columns
    .filter((c) => c.name !== target && c.role !== 'target')
    .map((c) => ({ name: c.name, kind: KIND_OF_TYPE[c.type] }));
}
