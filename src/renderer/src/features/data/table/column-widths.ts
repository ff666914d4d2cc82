import type { ColumnSchema } from '../../../../../shared/data';

const BY_TYPE: Record<ColumnSchema['type'], number> = {
  integer: 96,
  float: 112,
  boolean: 84,
  categorical: 150,
  datetime: 180,
  text: 260,
  identifier: 150,
};

/** Width in px of the row-number column. */
export const ROW_NUMBER_WIDTH = 72;

/** A fixed width per column (by type, widened for long names), so rows line up without measuring. */
export function columnWidths(columns: Pick<ColumnSchema, 'name' | 'type'>[]): number[] {
  return columns.map((c) => Math.min(320, Math.max(BY_TYPE[c.type], c.name.length * 8 + 64)));
}

export function gridTemplate(widths: number[]): string {
  return [ROW_NUMBER_WIDTH, ...widths].map((w) => `${Math.round(w)}px`).join(' ');
}
