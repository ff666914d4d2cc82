import type { ColumnType, StorageKind } from '../../../../shared/data.js';

/** Numbers; NaN is missing. Holds integer, float, boolean (0/1) and datetime (epoch ms, UTC) columns. */
export interface NumberData {
  storage: 'number';
  values: Float64Array;
}

/** Dictionary codes into `dictionary`; -1 is missing. Holds categorical columns. */
export interface DictData {
  storage: 'dict';
  codes: Int32Array;
  dictionary: string[];
}

/**
 * UTF-8 strings: value i is bytes[offsets[i] .. offsets[i+1]); missing[i] = 1 when missing.
 * Holds free text and identifier columns.
 */
export interface TextData {
  storage: 'text';
  bytes: Uint8Array;
  offsets: Uint32Array;
  missing: Uint8Array;
}

export type ColumnData = NumberData | DictData | TextData;

export interface TableColumn {
  name: string;
  type: ColumnType;
  data: ColumnData;
}

/**
 * A dataset version in memory, column by column. `rowIds` are stable row identities
 * (0..n-1 at import, kept by every recipe, always strictly ascending); labels attach to them.
 */
export interface Table {
  rowCount: number;
  rowIds: Int32Array;
  columns: TableColumn[];
}

/** The storage every logical type uses. */
export const STORAGE_OF: Record<ColumnType, StorageKind> = {
  integer: 'number',
  float: 'number',
  boolean: 'number',
  datetime: 'number',
  categorical: 'dict',
  text: 'text',
  identifier: 'text',
};
