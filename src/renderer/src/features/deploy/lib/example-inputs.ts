import type { Cell, ColumnSchema } from '../../../../../shared/data';
import { OIP_DATATYPE } from '../../../../../shared/oip-datatype';
import type { InputSchema } from '../../../../../shared/train';

export type ExampleInput = Pick<InputSchema[number], 'name' | 'type' | 'datatype'>;

/**
 * A model's raw inputs as its dataset version describes them: the feature columns (not the target,
 * never identifiers) in schema order, with their Open Inference Protocol datatypes — what the
 * engine writes to the artifact's input-schema.json.
 */
export function inputsFromColumns(
  columns: readonly Pick<ColumnSchema, 'name' | 'type' | 'role'>[],
  target: string | null,
): ExampleInput[] {
  return columns
    .filter((c) => c.role === 'feature' && c.name !== target && c.type !== 'identifier')
    .map((c) => ({ name: c.name, type: c.type, datatype: OIP_DATATYPE[c.type] }));
}

export type ExampleRow = Record<string, Cell>;

/**
 * One row of the dataset as a request instance: the first row with every input present (else the
 * first row, missing values as null), values as the input types expect them.
 */
export function exampleRow(
  inputs: readonly ExampleInput[],
  page: { columns: readonly string[]; rows: readonly (readonly Cell[])[] },
): ExampleRow {
  const index = new Map(page.columns.map((c, i) => [c, i]));
  const pick = (row: readonly Cell[]): ExampleRow => {
    const out: ExampleRow = {};
    for (const input of inputs) {
      const i = index.get(input.name);
      out[input.name] = coerce(input, i === undefined ? null : (row[i] ?? null));
    }
    return out;
  };
  const rows = page.rows.map(pick);
  return rows.find((r) => Object.values(r).every((v) => v !== null)) ?? rows[0] ?? pick([]);
}

function coerce(input: ExampleInput, value: Cell): Cell {
  if (value === null) return null;
  switch (input.datatype) {
    case 'INT64':
    case 'FP32':
    case 'FP64': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'BOOL':
      return typeof value === 'boolean' ? value : value === 1 || value === 'true';
    case 'BYTES':
      return String(value);
  }
}
