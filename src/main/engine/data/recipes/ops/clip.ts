import type { RecipeStep } from '../../../../../shared/data.js';
import type { Table } from '../../table/types.js';
import { CHECK_EVERY, throwIfAborted } from '../abort.js';
import { finiteValues, quantileOf } from '../quantile.js';
import {
  NUMERIC_TYPES,
  replaceColumn,
  requireColumn,
  requireSim,
  type SimColumn,
  type StepEnv,
  stepError,
} from '../step-env.js';

type ClipStep = Extract<RecipeStep, { op: 'clip' }>;
type WinsorizeStep = Extract<RecipeStep, { op: 'winsorize' }>;
type Env = Pick<StepEnv, 'step' | 'op'>;

function requireNumeric(cols: SimColumn[], name: string, env: Env): void {
  const col = requireSim(cols, name, env);
  if (!NUMERIC_TYPES.includes(col.type)) {
    throw stepError(
      env,
      `column "${name}" is ${col.type}; only integer and float columns can be clipped (cast it first)`,
    );
  }
}

export function validateClip(cols: SimColumn[], step: ClipStep, env: Env): SimColumn[] {
  requireNumeric(cols, step.column, env);
  if (step.min === undefined && step.max === undefined) throw stepError(env, 'give min, max or both');
  if (step.min !== undefined && step.max !== undefined && step.min > step.max) {
    throw stepError(env, `min (${step.min}) is above max (${step.max})`);
  }
  return cols;
}

export function validateWinsorize(cols: SimColumn[], step: WinsorizeStep, env: Env): SimColumn[] {
  requireNumeric(cols, step.column, env);
  if (!(step.lower < step.upper))
    throw stepError(env, `lower (${step.lower}) must be below upper (${step.upper})`);
  return cols;
}

/**
 * Clamps the column to [lo, hi]. On integer columns the bounds move inwards to whole numbers
 * (ceil(lo), floor(hi)) so the column stays integral.
 */
function clampColumn(table: Table, name: string, lo: number, hi: number, env: StepEnv): Table {
  const { index, column } = requireColumn(table, name, env);
  if (column.data.storage !== 'number') throw stepError(env, `column "${name}" is not numeric`);
  const a = column.type === 'integer' ? Math.ceil(lo) : lo;
  const b = column.type === 'integer' ? Math.floor(hi) : hi;
  const src = column.data.values;
  const out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) {
    if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
    const v = src[i] as number;
    out[i] = Math.min(Math.max(v, a), b);
  }
  return replaceColumn(table, index, { name, type: column.type, data: { storage: 'number', values: out } });
}

export function applyClip(table: Table, step: ClipStep, env: StepEnv): Table {
  return clampColumn(
    table,
    step.column,
    step.min ?? Number.NEGATIVE_INFINITY,
    step.max ?? Number.POSITIVE_INFINITY,
    env,
  );
}

/** Clips to the column's own lower/upper quantiles (linear interpolation between order statistics). */
export function applyWinsorize(table: Table, step: WinsorizeStep, env: StepEnv): Table {
  const { column } = requireColumn(table, step.column, env);
  if (column.data.storage !== 'number') throw stepError(env, `column "${step.column}" is not numeric`);
  const present = finiteValues(column.data.values);
  if (present.length === 0) return table;
  return clampColumn(
    table,
    step.column,
    quantileOf(present, step.lower),
    quantileOf(present, step.upper),
    env,
  );
}
