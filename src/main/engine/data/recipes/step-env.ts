import type { ColumnType } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Table, TableColumn } from '../table/types.js';

/** A column as the schema simulation sees it. */
export interface SimColumn {
  name: string;
  type: ColumnType;
}

/** What every step gets while validating and applying: its number for messages, cancellation, labels. */
export interface StepEnv {
  /** 1-based step number. */
  step: number;
  op: string;
  signal?: AbortSignal;
  labelOf(rowId: number): string | null;
}

export function stepError(env: Pick<StepEnv, 'step' | 'op'>, message: string): AppError {
  return new AppError('invalid_input', `step ${env.step} (${env.op}): ${message}`);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

const MAX_LISTED = 40;

/** `no column "agee" (did you mean "age"?) — columns are: age, workclass, …` */
export function noColumnMessage(name: string, names: string[]): string {
  let best: string | null = null;
  let bestD = 3;
  for (const n of names) {
    const d = editDistance(name.toLowerCase(), n.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  const hint = best !== null ? ` (did you mean "${best}"?)` : '';
  const list =
    names.length > MAX_LISTED
      ? `${names.slice(0, MAX_LISTED).join(', ')}, … (${names.length} in all)`
      : names.join(', ');
  return `no column "${name}"${hint} — columns are: ${list}`;
}

/** The simulated column called `name`, or a step error naming the columns that exist. */
export function requireSim(cols: SimColumn[], name: string, env: Pick<StepEnv, 'step' | 'op'>): SimColumn {
  const c = cols.find((x) => x.name === name);
  if (!c)
    throw stepError(
      env,
      noColumnMessage(
        name,
        cols.map((x) => x.name),
      ),
    );
  return c;
}

/** The table column called `name` and its position, or a step error. */
export function requireColumn(
  table: Table,
  name: string,
  env: Pick<StepEnv, 'step' | 'op'>,
): { index: number; column: TableColumn } {
  const index = table.columns.findIndex((x) => x.name === name);
  const column = table.columns[index];
  if (!column)
    throw stepError(
      env,
      noColumnMessage(
        name,
        table.columns.map((x) => x.name),
      ),
    );
  return { index, column };
}

/** A copy of the table with column `index` replaced (other columns shared: they are never mutated). */
export function replaceColumn(table: Table, index: number, column: TableColumn): Table {
  const columns = table.columns.slice();
  columns[index] = column;
  return { rowCount: table.rowCount, rowIds: table.rowIds, columns };
}

export const NUMERIC_TYPES: readonly ColumnType[] = ['integer', 'float'];
