/**
 * A base column followed by production values, in the base column's storage: numbers copied,
 * categories coded into the base dictionary (extended with categories it has not seen, after the
 * known ones, so every base code keeps its meaning), text appended as UTF-8 bytes.
 */

import { TextBuilder } from '../../../data/recipes/text-builder.js';
import type { ColumnData, DictData, NumberData, TextData } from '../../../data/table/types.js';
import type { ProductionValues } from './production-values.js';

/** Which rows come out: all base rows or none, then production value `order[k]` for each k. */
export interface AppendPlan {
  keepBase: boolean;
  order: Int32Array;
}

function baseRows(base: ColumnData, keep: boolean): number {
  if (!keep) return 0;
  return base.storage === 'number'
    ? base.values.length
    : base.storage === 'dict'
      ? base.codes.length
      : base.missing.length;
}

function appendNumbers(base: NumberData, extra: Float64Array, plan: AppendPlan, n0: number): NumberData {
  const out = new Float64Array(n0 + plan.order.length);
  if (n0 > 0) out.set(base.values);
  for (let k = 0; k < plan.order.length; k++) out[n0 + k] = extra[plan.order[k] as number] as number;
  return { storage: 'number', values: out };
}

function appendCodes(
  base: DictData,
  extra: readonly (string | null)[],
  plan: AppendPlan,
  n0: number,
): DictData {
  const dictionary = base.dictionary.slice();
  const index = new Map<string, number>();
  dictionary.forEach((d, i) => {
    if (!index.has(d)) index.set(d, i);
  });
  const codes = new Int32Array(n0 + plan.order.length);
  if (n0 > 0) codes.set(base.codes);
  for (let k = 0; k < plan.order.length; k++) {
    const v = extra[plan.order[k] as number] ?? null;
    if (v === null) {
      codes[n0 + k] = -1;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(v);
      index.set(v, code);
    }
    codes[n0 + k] = code;
  }
  return { storage: 'dict', codes, dictionary };
}

function appendText(
  base: TextData,
  extra: readonly (string | null)[],
  plan: AppendPlan,
  n0: number,
): TextData {
  const baseBytes = n0 > 0 ? (base.offsets[n0] as number) : 0;
  const b = new TextBuilder(n0 + plan.order.length, baseBytes + plan.order.length * 8);
  for (let i = 0; i < n0; i++) b.pushFrom(base, i);
  for (let k = 0; k < plan.order.length; k++) b.pushString(extra[plan.order[k] as number] ?? null);
  return b.finish();
}

export function appendColumn(base: ColumnData, extra: ProductionValues, plan: AppendPlan): ColumnData {
  const n0 = baseRows(base, plan.keepBase);
  if (base.storage === 'number' && extra.storage === 'number')
    return appendNumbers(base, extra.values, plan, n0);
  if (base.storage === 'dict' && extra.storage !== 'number') return appendCodes(base, extra.values, plan, n0);
  if (base.storage === 'text' && extra.storage !== 'number') return appendText(base, extra.values, plan, n0);
  throw new Error(`production values stored as ${extra.storage} cannot extend a ${base.storage} column`);
}
