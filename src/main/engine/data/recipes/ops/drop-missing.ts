import type { RecipeStep } from '../../../../../shared/data.js';
import type { Table } from '../../table/types.js';
import { CHECK_EVERY, throwIfAborted } from '../abort.js';
import { selectRows } from '../gather.js';
import { requireColumn, requireSim, type SimColumn, type StepEnv } from '../step-env.js';

type DropMissingStep = Extract<RecipeStep, { op: 'drop_missing' }>;

export function validateDropMissing(
  cols: SimColumn[],
  step: DropMissingStep,
  env: Pick<StepEnv, 'step' | 'op'>,
): SimColumn[] {
  for (const name of step.columns ?? []) requireSim(cols, name, env);
  return cols;
}

/** Drops rows where any listed column (every column when none are listed) is missing. */
export function applyDropMissing(table: Table, step: DropMissingStep, env: StepEnv): Table {
  const cols = step.columns
    ? step.columns.map((name) => requireColumn(table, name, env).column)
    : table.columns;
  const keep = new Uint8Array(table.rowCount).fill(1);
  for (const { data: d } of cols) {
    for (let i = 0; i < keep.length; i++) {
      if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
      const missing =
        d.storage === 'number'
          ? Number.isNaN(d.values[i])
          : d.storage === 'dict'
            ? (d.codes[i] as number) < 0
            : d.missing[i] === 1;
      if (missing) keep[i] = 0;
    }
  }
  return selectRows(table, keep, env.signal);
}
