/**
 * The Open Inference Protocol datatype each column type travels as (no zod: the renderer uses it
 * too). Datetimes travel as ISO 8601 strings.
 */
import type { ColumnType } from './data.js';

export type OipDatatype = 'FP32' | 'FP64' | 'INT64' | 'BOOL' | 'BYTES';

export const OIP_DATATYPE: Readonly<Record<ColumnType, OipDatatype>> = {
  integer: 'INT64',
  float: 'FP64',
  boolean: 'BOOL',
  categorical: 'BYTES',
  text: 'BYTES',
  datetime: 'BYTES',
  identifier: 'BYTES',
};
