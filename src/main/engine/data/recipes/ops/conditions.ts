import type { Condition } from '../../../../../shared/data.js';
import { textAt } from '../../table/cells.js';
import type { Table } from '../../table/types.js';
import { CHECK_EVERY, throwIfAborted } from '../abort.js';
import { parseIsoDate } from '../civil-time.js';
import { requireColumn, requireSim, type SimColumn, type StepEnv, stepError } from '../step-env.js';

type Scalar = number | string | boolean;

/**
 * A condition ready to run: a test on non-missing values plus the answer for missing cells.
 * Missing cells match only `is_missing`, `ne` and `not_in` (a missing value equals nothing).
 */
export type CompiledCondition =
  | { kind: 'number'; test: (v: number) => boolean; onMissing: boolean }
  | { kind: 'string'; test: (s: string) => boolean; onMissing: boolean };

const ORDERED = new Set(['lt', 'le', 'gt', 'ge']);

function shown(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function numberPredicate(op: Condition['op'], x: number, set: Set<number> | null): (v: number) => boolean {
  switch (op) {
    case 'eq':
      return (v) => v === x;
    case 'ne':
      return (v) => v !== x;
    case 'lt':
      return (v) => v < x;
    case 'le':
      return (v) => v <= x;
    case 'gt':
      return (v) => v > x;
    case 'ge':
      return (v) => v >= x;
    case 'in':
      return (v) => set?.has(v) === true;
    case 'not_in':
      return (v) => set?.has(v) !== true;
    default:
      return () => true;
  }
}

function stringPredicate(op: Condition['op'], x: string, set: Set<string> | null): (s: string) => boolean {
  switch (op) {
    case 'eq':
      return (s) => s === x;
    case 'ne':
      return (s) => s !== x;
    case 'lt':
      return (s) => s < x;
    case 'le':
      return (s) => s <= x;
    case 'gt':
      return (s) => s > x;
    case 'ge':
      return (s) => s >= x;
    case 'contains':
      return (s) => s.includes(x);
    case 'in':
      return (s) => set?.has(s) === true;
    case 'not_in':
      return (s) => set?.has(s) !== true;
    default:
      return () => true;
  }
}

/** Checks the condition against the column's type and builds its test; throws a step error when impossible. */
export function compileCondition(
  cond: Condition,
  col: SimColumn,
  env: Pick<StepEnv, 'step' | 'op'>,
): CompiledCondition {
  const where = `condition on "${cond.column}" (${col.type})`;
  const fail = (msg: string) => stepError(env, `${where}: ${msg}`);
  if (cond.op === 'is_missing' || cond.op === 'not_missing') {
    if (cond.value !== undefined) throw fail(`${cond.op} takes no value`);
    const m = cond.op === 'is_missing';
    return { kind: 'number', test: () => !m, onMissing: m };
  }
  const isList = cond.op === 'in' || cond.op === 'not_in';
  if (cond.value === undefined) throw fail(`${cond.op} needs a value`);
  if (isList !== Array.isArray(cond.value)) {
    throw fail(isList ? `${cond.op} needs a list of values` : `${cond.op} needs a single value, not a list`);
  }
  const items: Scalar[] = Array.isArray(cond.value) ? cond.value : [cond.value];
  const onMissing = cond.op === 'ne' || cond.op === 'not_in';
  const t = col.type;
  if (t === 'categorical' || t === 'text' || t === 'identifier') {
    if (ORDERED.has(cond.op) || cond.op === 'contains') {
      if (typeof items[0] !== 'string') throw fail(`${cond.op} compares text, so the value must be a string`);
    }
    const strs = items.map((v) => String(v));
    const set = isList ? new Set(strs) : null;
    return { kind: 'string', test: stringPredicate(cond.op, strs[0] ?? '', set), onMissing };
  }
  if (cond.op === 'contains') throw fail('contains works on text and categorical columns only');
  let nums: number[];
  if (t === 'boolean') {
    if (ORDERED.has(cond.op))
      throw fail(`${cond.op} does not apply to true/false values; use eq, ne, in or not_in`);
    nums = items.map((v) => {
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (v === 0 || v === 1) return v;
      throw fail(`${shown(v)} is not true or false`);
    });
  } else if (t === 'datetime') {
    nums = items.map((v) => {
      const ms = typeof v === 'number' ? v : typeof v === 'string' ? parseIsoDate(v) : Number.NaN;
      if (!Number.isFinite(ms))
        throw fail(`${shown(v)} is not a date (use an ISO date like 2024-03-01 or epoch milliseconds)`);
      return ms;
    });
  } else {
    nums = items.map((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw fail(`${shown(v)} is not a number`);
      return v;
    });
  }
  const set = isList ? new Set(nums) : null;
  return { kind: 'number', test: numberPredicate(cond.op, nums[0] ?? 0, set), onMissing };
}

export function validateConditions(
  cols: SimColumn[],
  where: Condition[],
  env: Pick<StepEnv, 'step' | 'op'>,
): void {
  for (const cond of where) compileCondition(cond, requireSim(cols, cond.column, env), env);
}

/** 1 for each row matching every condition. */
export function matchAll(table: Table, where: Condition[], env: StepEnv): Uint8Array {
  const n = table.rowCount;
  const mask = new Uint8Array(n).fill(1);
  for (const cond of where) {
    const { column } = requireColumn(table, cond.column, env);
    const c = compileCondition(cond, column, env);
    const d = column.data;
    if (d.storage === 'number') {
      const test = c.kind === 'number' ? c.test : () => false;
      for (let i = 0; i < n; i++) {
        if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
        const v = d.values[i] as number;
        if (!(!Number.isNaN(v) ? test(v) : c.onMissing)) mask[i] = 0;
      }
    } else if (d.storage === 'dict') {
      const byCode = new Uint8Array(d.dictionary.length);
      for (let k = 0; k < byCode.length; k++) {
        const s = d.dictionary[k] as string;
        byCode[k] = (c.kind === 'string' ? c.test(s) : c.test(0)) ? 1 : 0;
      }
      const miss = c.onMissing ? 1 : 0;
      for (let i = 0; i < n; i++) {
        if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
        const code = d.codes[i] as number;
        if ((code < 0 ? miss : byCode[code]) === 0) mask[i] = 0;
      }
    } else {
      for (let i = 0; i < n; i++) {
        if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
        if (mask[i] === 0) continue;
        const s = textAt(d, i);
        const ok = s === null ? c.onMissing : c.kind === 'string' ? c.test(s) : c.test(0);
        if (!ok) mask[i] = 0;
      }
    }
  }
  return mask;
}
