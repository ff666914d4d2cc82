/**
 * A feedback label (what the client sent: a class name or a number) as a value of the target
 * column's type. A label that cannot be one (text for a numeric target, 2.5 for an integer one,
 * "maybe" for a boolean one, a missing token) gives null: the row is skipped and counted.
 */
import type { ColumnType } from '../../../../../shared/data.js';
import { isMissingText } from '../../../data/intake/value-parse.js';
import { FieldReader } from '../../../data/pipeline/read-record.js';
import { parseNumber } from '../../../data/recipes/parse-value.js';

/** A number (numeric, boolean 0/1, datetime epoch ms) or a string (categorical, text). */
export type TargetValue = number | string;

export type LabelReader = (label: string | number) => TargetValue | null;

function asNumber(label: string | number): number {
  return typeof label === 'number' ? label : parseNumber(label);
}

const BOOLEAN_TEXT: ReadonlyMap<string, number> = new Map([
  ['true', 1],
  ['false', 0],
  ['1', 1],
  ['0', 0],
]);

function readBoolean(label: string | number): number | null {
  if (typeof label === 'number') return label === 1 ? 1 : label === 0 ? 0 : null;
  return BOOLEAN_TEXT.get(label.trim().toLowerCase()) ?? null;
}

/** The reader of labels for a target of `type`. */
export function labelReader(type: ColumnType, column: string): LabelReader {
  switch (type) {
    case 'integer':
      return (label) => {
        const x = asNumber(label);
        return Number.isInteger(x) ? x : null;
      };
    case 'float':
      return (label) => {
        const x = asNumber(label);
        return Number.isFinite(x) ? x : null;
      };
    case 'boolean':
      return readBoolean;
    case 'datetime': {
      const reader = new FieldReader(0, column);
      return (label) => {
        try {
          const ms = reader.datetime(label);
          return Number.isNaN(ms) ? null : ms;
        } catch {
          return null;
        }
      };
    }
    case 'categorical':
    case 'text':
    case 'identifier':
      return (label) => {
        if (typeof label === 'number') return Number.isFinite(label) ? String(label) : null;
        return isMissingText(label) ? null : label;
      };
  }
}
