import type { RecipeStep } from '../../../../../shared/data.js';
import { textAt } from '../../table/cells.js';
import type { Table } from '../../table/types.js';
import { CHECK_EVERY, throwIfAborted } from '../abort.js';
import { compactDictionary } from '../gather.js';
import { replaceColumn, type SimColumn, type StepEnv } from '../step-env.js';
import { DictBuilder } from '../text-builder.js';
import { numberText } from '../value-text.js';

type ApplyLabelsStep = Extract<RecipeStep, { op: 'apply_labels' }>;

export function validateApplyLabels(cols: SimColumn[], step: ApplyLabelsStep): SimColumn[] {
  if (!cols.some((c) => c.name === step.column)) return [...cols, { name: step.column, type: 'categorical' }];
  return cols.map((c) => (c.name === step.column ? { name: c.name, type: 'categorical' } : c));
}

/**
 * Writes each row's effective label into `column` (a categorical column, created at the end if absent).
 * Rows without a label keep the column's existing value (as text), or are missing when the column is new.
 */
export function applyApplyLabels(table: Table, step: ApplyLabelsStep, env: StepEnv): Table {
  const index = table.columns.findIndex((c) => c.name === step.column);
  const existing = table.columns[index];
  const b = new DictBuilder(table.rowCount);
  // Existing categories first, in their order, so unlabeled columns keep their dictionary.
  if (existing?.data.storage === 'dict') for (const s of existing.data.dictionary) b.codeOf(s);
  for (let i = 0; i < table.rowCount; i++) {
    if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
    const label = env.labelOf(table.rowIds[i] as number);
    if (label !== null) {
      b.push(label);
      continue;
    }
    if (!existing) {
      b.pushCode(-1);
      continue;
    }
    const d = existing.data;
    if (d.storage === 'dict') b.pushCode(d.codes[i] as number);
    else if (d.storage === 'text') b.push(textAt(d, i));
    else {
      const v = d.values[i] as number;
      b.push(!Number.isNaN(v) ? numberText(existing.type, v) : null);
    }
  }
  const built = b.finish();
  const used = new Uint8Array(built.dictionary.length);
  for (let i = 0; i < built.codes.length; i++) {
    const c = built.codes[i] as number;
    if (c >= 0) used[c] = 1;
  }
  const data = compactDictionary(built.codes, built.dictionary, used);
  const column = { name: step.column, type: 'categorical' as const, data };
  if (index < 0)
    return { rowCount: table.rowCount, rowIds: table.rowIds, columns: [...table.columns, column] };
  return replaceColumn(table, index, column);
}
