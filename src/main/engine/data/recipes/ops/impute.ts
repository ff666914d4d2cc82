import type { ColumnType, RecipeStep } from '../../../../../shared/data.js';
import { missingCount, textAt } from '../../table/cells.js';
import type { ColumnData, Table, TableColumn } from '../../table/types.js';
import { CHECK_EVERY, throwIfAborted } from '../abort.js';
import { parseIsoDate } from '../civil-time.js';
import { roundHalfAway } from '../parse-value.js';
import { finiteValues, meanStd, quantileOf } from '../quantile.js';
import { requireColumn, requireSim, type SimColumn, type StepEnv, stepError } from '../step-env.js';
import { TextBuilder } from '../text-builder.js';

type ImputeStep = Extract<RecipeStep, { op: 'impute' }>;
type Env = Pick<StepEnv, 'step' | 'op'>;

const NUMBER_STATS: readonly ColumnType[] = ['integer', 'float', 'datetime'];

export function indicatorName(column: string): string {
  return `${column}_missing`;
}

/** The constant as the column stores it: a number for number storage, a string otherwise. */
function constantFor(
  type: ColumnType,
  value: ImputeStep['value'],
  column: string,
  env: Env,
): number | string {
  const bad = (what: string) =>
    stepError(
      env,
      `column "${column}" is ${type}, so the fill value must be ${what}, not ${JSON.stringify(value)}`,
    );
  if (value === undefined) throw stepError(env, `strategy "constant" needs a value for column "${column}"`);
  switch (type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw bad('a whole number');
      return value;
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad('a number');
      return value;
    case 'boolean':
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (value === 0 || value === 1) return value;
      throw bad('true or false');
    case 'datetime': {
      const ms =
        typeof value === 'number' ? value : typeof value === 'string' ? parseIsoDate(value) : Number.NaN;
      if (!Number.isFinite(ms)) throw bad('an ISO date (2024-03-01) or epoch milliseconds');
      return ms;
    }
    default:
      return String(value);
  }
}

export function validateImpute(cols: SimColumn[], step: ImputeStep, env: Env): SimColumn[] {
  const seen = new Set<string>();
  let out = cols.slice();
  for (const name of step.columns) {
    if (seen.has(name)) throw stepError(env, `column "${name}" is listed twice`);
    seen.add(name);
    const col = requireSim(cols, name, env);
    if ((step.strategy === 'mean' || step.strategy === 'median') && !NUMBER_STATS.includes(col.type)) {
      throw stepError(
        env,
        `cannot take the ${step.strategy} of ${col.type} column "${name}"; use strategy "mode" or "constant"`,
      );
    }
    if (step.strategy === 'constant') constantFor(col.type, step.value, name, env);
    if (step.addIndicator) {
      const ind = indicatorName(name);
      if (out.some((c) => c.name === ind))
        throw stepError(env, `the indicator column "${ind}" already exists; rename or drop it first`);
      const at = out.findIndex((c) => c.name === name);
      out = [...out.slice(0, at + 1), { name: ind, type: 'integer' }, ...out.slice(at + 1)];
    }
  }
  return out;
}

function noValues(column: string, strategy: string, env: Env): never {
  throw stepError(
    env,
    `column "${column}" has no values to compute a ${strategy} from; use strategy "constant"`,
  );
}

/** Most frequent key; ties go to the key seen first. */
function modeOf<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = 0;
  for (const [k, c] of counts) {
    if (c > bestCount) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}

function numberFill(col: TableColumn, values: Float64Array, step: ImputeStep, env: Env): number {
  const integral = col.type === 'integer' || col.type === 'datetime';
  switch (step.strategy) {
    case 'mean': {
      const { mean, count } = meanStd(values);
      if (count === 0) noValues(col.name, 'mean', env);
      return integral ? roundHalfAway(mean) : mean;
    }
    case 'median': {
      const present = finiteValues(values);
      if (present.length === 0) noValues(col.name, 'median', env);
      const m = quantileOf(present, 0.5);
      return integral ? roundHalfAway(m) : m;
    }
    case 'mode': {
      const counts = new Map<number, number>();
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        if (!Number.isNaN(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      const m = modeOf(counts);
      if (m === undefined) noValues(col.name, 'mode', env);
      return m;
    }
    case 'constant':
      return constantFor(col.type, step.value, col.name, env) as number;
  }
}

function imputeColumn(
  col: TableColumn,
  step: ImputeStep,
  env: StepEnv,
): { data: ColumnData; indicator: Float64Array } {
  const d = col.data;
  const n =
    d.storage === 'number' ? d.values.length : d.storage === 'dict' ? d.codes.length : d.missing.length;
  const indicator = new Float64Array(n);
  // Nothing to fill: keep the column as it is (and need no statistic, which may not exist).
  if (missingCount(d) === 0) return { data: d, indicator };
  if (d.storage === 'number') {
    const fill = numberFill(col, d.values, step, env);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
      const v = d.values[i] as number;
      if (!Number.isNaN(v)) out[i] = v;
      else {
        out[i] = fill;
        indicator[i] = 1;
      }
    }
    return { data: { storage: 'number', values: out }, indicator };
  }
  if (d.storage === 'dict') {
    let code: number;
    let dictionary = d.dictionary;
    if (step.strategy === 'constant') {
      const s = constantFor(col.type, step.value, col.name, env) as string;
      code = dictionary.indexOf(s);
      if (code < 0) {
        dictionary = [...dictionary, s];
        code = dictionary.length - 1;
      }
    } else {
      const counts = new Int32Array(dictionary.length);
      const first = new Int32Array(dictionary.length).fill(n);
      for (let i = 0; i < n; i++) {
        const c = d.codes[i] as number;
        if (c >= 0) {
          if (counts[c] === 0) first[c] = i;
          counts[c] = (counts[c] as number) + 1;
        }
      }
      code = -1;
      for (let c = 0; c < counts.length; c++) {
        const k = counts[c] as number;
        if (k === 0) continue;
        const best = code < 0 ? 0 : (counts[code] as number);
        if (code < 0 || k > best || (k === best && (first[c] as number) < (first[code] as number))) code = c;
      }
      if (code < 0) noValues(col.name, 'mode', env);
    }
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = d.codes[i] as number;
      if (c >= 0) codes[i] = c;
      else {
        codes[i] = code;
        indicator[i] = 1;
      }
    }
    return { data: { storage: 'dict', codes, dictionary }, indicator };
  }
  let fill: string;
  if (step.strategy === 'constant') fill = constantFor(col.type, step.value, col.name, env) as string;
  else {
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
      const s = textAt(d, i);
      if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const m = modeOf(counts);
    if (m === undefined) noValues(col.name, 'mode', env);
    fill = m;
  }
  const b = new TextBuilder(n, d.bytes.length + 16);
  for (let i = 0; i < n; i++) {
    if (d.missing[i]) {
      b.pushString(fill);
      indicator[i] = 1;
    } else b.pushFrom(d, i);
  }
  return { data: b.finish(), indicator };
}

/** Fills missing values; statistics come from the step's input table. */
export function applyImpute(table: Table, step: ImputeStep, env: StepEnv): Table {
  let columns = table.columns.slice();
  for (const name of step.columns) {
    const { column } = requireColumn(table, name, env);
    const { data, indicator } = imputeColumn(column, step, env);
    const at = columns.findIndex((c) => c.name === name);
    const replaced: TableColumn[] = [{ name, type: column.type, data }];
    if (step.addIndicator)
      replaced.push({
        name: indicatorName(name),
        type: 'integer',
        data: { storage: 'number', values: indicator },
      });
    columns = [...columns.slice(0, at), ...replaced, ...columns.slice(at + 1)];
  }
  return { rowCount: table.rowCount, rowIds: table.rowIds, columns };
}
