import type { FittedFeature } from '../../../../shared/data.js';
import { partNames } from './datetime-parts.js';

/** The name of the unknown (and missing) bucket of a one-hot categorical. */
export const UNKNOWN = '<unknown>';

/** The dense slots a feature writes, in order (text features write none). */
export function featureSlotNames(f: FittedFeature): string[] {
  const indicator = 'missingIndicator' in f && f.missingIndicator ? [`${f.column}_missing`] : [];
  switch (f.kind) {
    case 'numeric':
    case 'boolean':
      return [f.column, ...indicator];
    case 'categorical':
      return f.encoding === 'onehot'
        ? [...f.vocabulary.map((v) => `${f.column}=${v}`), `${f.column}=${UNKNOWN}`, ...indicator]
        : [f.column, ...indicator];
    case 'datetime':
      return [...f.parts.flatMap((p) => partNames(f.column, p)), ...indicator];
    case 'text':
      return [];
  }
}

/** Where each feature's slots start in the dense row. */
export function featureOffsets(features: readonly FittedFeature[]): { offsets: number[]; width: number } {
  const offsets: number[] = [];
  let width = 0;
  for (const f of features) {
    offsets.push(width);
    width += featureSlotNames(f).length;
  }
  return { offsets, width };
}
