import type { ColumnProfile } from '../../../../shared/data.js';
import type { TableColumn } from '../table/types.js';
import { correlationRatio, cramersV, pearsonAbs } from './association.js';
import type { EncodedTarget } from './target.js';

export type Association = NonNullable<ColumnProfile['association']>;

/** 0/1 group per row of a boolean column (-1 = missing). */
export function booleanGroups(values: Float64Array): Int32Array {
  const g = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    g[i] = Number.isNaN(v) ? -1 : v !== 0 ? 1 : 0;
  }
  return g;
}

/**
 * How strongly `column` goes with the target:
 * numeric ↔ numeric |Pearson r|; numeric ↔ classes η; categorical ↔ numeric η;
 * categorical ↔ classes Cramér's V (bias-corrected). Text and identifier columns: null.
 */
export function featureAssociation(column: TableColumn, target: EncodedTarget): Association | null {
  const d = column.data;
  let groups: Int32Array | null = null;
  let k = 0;
  if (d.storage === 'dict') {
    groups = d.codes;
    k = d.dictionary.length;
  } else if (d.storage === 'number' && column.type === 'boolean') {
    groups = booleanGroups(d.values);
    k = 2;
  }
  if (groups) {
    if (target.kind === 'numeric')
      return { measure: 'eta', value: correlationRatio(target.values, groups, k) };
    const v = cramersV(groups, k, target.classOf, target.classNames.length);
    return v === null ? null : { measure: 'cramers_v', value: v };
  }
  if (d.storage !== 'number') return null;
  if (target.kind === 'numeric') return { measure: 'pearson', value: pearsonAbs(d.values, target.values) };
  return { measure: 'eta', value: correlationRatio(d.values, target.classOf, target.classNames.length) };
}
