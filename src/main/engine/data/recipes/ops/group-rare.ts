import type { RecipeStep } from '../../../../../shared/data.js';
import type { Table } from '../../table/types.js';
import { compactDictionary } from '../gather.js';
import {
  replaceColumn,
  requireColumn,
  requireSim,
  type SimColumn,
  type StepEnv,
  stepError,
} from '../step-env.js';

type GroupRareStep = Extract<RecipeStep, { op: 'group_rare' }>;

export function validateGroupRare(
  cols: SimColumn[],
  step: GroupRareStep,
  env: Pick<StepEnv, 'step' | 'op'>,
): SimColumn[] {
  const col = requireSim(cols, step.column, env);
  if (col.type !== 'categorical') {
    throw stepError(
      env,
      `column "${step.column}" is ${col.type}; only categorical columns have categories to group`,
    );
  }
  if (step.other.length === 0) throw stepError(env, 'the name for grouped categories (other) is empty');
  return cols;
}

/**
 * Merges categories whose share of the non-missing values is below minShare into `other`
 * (merging into an existing category of that name). Kept categories keep their order; `other` comes last
 * unless it already existed.
 */
export function applyGroupRare(table: Table, step: GroupRareStep, env: StepEnv): Table {
  const { index, column } = requireColumn(table, step.column, env);
  const d = column.data;
  if (d.storage !== 'dict') throw stepError(env, `column "${step.column}" is not categorical`);
  const counts = new Float64Array(d.dictionary.length);
  let present = 0;
  for (let i = 0; i < d.codes.length; i++) {
    const c = d.codes[i] as number;
    if (c >= 0) {
      counts[c] = (counts[c] as number) + 1;
      present++;
    }
  }
  const rare = new Uint8Array(d.dictionary.length);
  let anyRare = false;
  for (let c = 0; c < counts.length; c++) {
    if (
      (counts[c] as number) > 0 &&
      (counts[c] as number) < step.minShare * present &&
      d.dictionary[c] !== step.other
    ) {
      rare[c] = 1;
      anyRare = true;
    }
  }
  if (!anyRare) return table;
  let otherCode = d.dictionary.indexOf(step.other);
  const dictionary = otherCode >= 0 ? d.dictionary : [...d.dictionary, step.other];
  if (otherCode < 0) otherCode = dictionary.length - 1;
  const codes = new Int32Array(d.codes.length);
  const used = new Uint8Array(dictionary.length);
  for (let i = 0; i < codes.length; i++) {
    let c = d.codes[i] as number;
    if (c >= 0 && rare[c]) c = otherCode;
    codes[i] = c;
    if (c >= 0) used[c] = 1;
  }
  return replaceColumn(table, index, {
    name: column.name,
    type: 'categorical',
    data: compactDictionary(codes, dictionary, used),
  });
}
