import type { ColumnType } from '../../../../shared/data.js';
import { formatIso } from './civil-time.js';

/** A non-missing number-storage value as text: booleans true/false, datetimes ISO, numbers String(x). */
export function numberText(type: ColumnType, v: number): string {
  if (type === 'boolean') return v !== 0 ? 'true' : 'false';
  if (type === 'datetime') return formatIso(v);
  return String(v);
}
