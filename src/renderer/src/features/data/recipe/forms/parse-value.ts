import type { ColumnType } from '../../../../../../shared/data';

/**
 * A typed value from what a person typed, read for the column's type: numbers for numeric
 * columns, true/false for booleans, text otherwise. The engine checks it against the column.
 */
export function parseValue(text: string, type: ColumnType): number | string | boolean {
  const t = text.trim();
  if ((type === 'integer' || type === 'float') && t !== '' && Number.isFinite(Number(t))) return Number(t);
  if (type === 'boolean' && /^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return text;
}

/** A list typed as "a, b, c". */
export function parseList(text: string, type: ColumnType): (number | string | boolean)[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => parseValue(s, type));
}

/** An optional number: empty means none. */
export function parseOptionalNumber(text: string): number | undefined {
  const t = text.trim();
  return t === '' || !Number.isFinite(Number(t)) ? undefined : Number(t);
}
