/**
 * cast: change a column's logical type; the result is stored as STORAGE_OF[to].
 *
 * - to integer: numbers round to the nearest whole number (halves away from zero); booleans
 *   become 0/1, datetimes epoch ms; text is parsed as a decimal number first, then rounded.
 * - to float: numbers unchanged (booleans 0/1, datetimes epoch ms); text parsed as a decimal number.
 * - to boolean: numbers 0 and 1 only; text true/false, yes/no, t/f, y/n, 1/0 (any case).
 * - to datetime: numbers are epoch ms (rounded to whole ms); text must be ISO 8601
 *   (`2024-03-01`, `2024-03-01T10:00:00Z`, `…+02:00`; no offset = UTC).
 * - to categorical / text / identifier: the value's text (booleans true/false, datetimes ISO,
 *   numbers String(x)); categorical dictionaries are in order of first appearance.
 * Values that do not convert become missing. datetime ↔ boolean casts are refused.
 */
import type { ColumnType, RecipeStep } from '../../../../../shared/data.js';
import { textAt } from '../../table/cells.js';
import { type ColumnData, STORAGE_OF, type Table, type TableColumn } from '../../table/types.js';
import { CHECK_EVERY, throwIfAborted } from '../abort.js';
import { MAX_EPOCH_MS, parseIsoDate } from '../civil-time.js';
import { parseBoolean, parseNumber, roundHalfAway } from '../parse-value.js';
import {
  replaceColumn,
  requireColumn,
  requireSim,
  type SimColumn,
  type StepEnv,
  stepError,
} from '../step-env.js';
import { DictBuilder, TextBuilder } from '../text-builder.js';
import { numberText } from '../value-text.js';

type CastStep = Extract<RecipeStep, { op: 'cast' }>;

/** Why a cast cannot be done, or null. */
export function castProblem(from: ColumnType, to: ColumnType): string | null {
  if ((from === 'datetime' && to === 'boolean') || (from === 'boolean' && to === 'datetime')) {
    return `a ${from} column cannot become ${to}`;
  }
  return null;
}

export function validateCast(
  cols: SimColumn[],
  step: CastStep,
  env: Pick<StepEnv, 'step' | 'op'>,
): SimColumn[] {
  const col = requireSim(cols, step.column, env);
  const problem = castProblem(col.type, step.to);
  if (problem) throw stepError(env, `column "${step.column}": ${problem}`);
  return cols.map((c) => (c.name === step.column ? { name: c.name, type: step.to } : c));
}

function datetimeFromNumber(v: number): number {
  return Math.abs(v) <= MAX_EPOCH_MS ? Math.round(v) : Number.NaN;
}

/** Number (of type `from`) → number of type `to`. */
function numberToNumber(from: ColumnType, to: ColumnType): (v: number) => number {
  switch (to) {
    case 'integer':
      return from === 'float' ? roundHalfAway : (v) => v;
    case 'boolean':
      return (v) => (v === 0 || v === 1 ? v : Number.NaN);
    case 'datetime':
      return datetimeFromNumber;
    default:
      return (v) => v;
  }
}

/** Text → number of type `to` (NaN when it does not parse). */
function textToNumber(to: ColumnType): (s: string) => number {
  switch (to) {
    case 'integer':
      return (s) => roundHalfAway(parseNumber(s));
    case 'boolean':
      return parseBoolean;
    case 'datetime':
      return (s) => {
        const ms = parseIsoDate(s);
        return Math.abs(ms) <= MAX_EPOCH_MS ? ms : Number.NaN;
      };
    default:
      return parseNumber;
  }
}

function castData(col: TableColumn, to: ColumnType, env: StepEnv): ColumnData {
  const d = col.data;
  const target = STORAGE_OF[to];
  const n =
    d.storage === 'number' ? d.values.length : d.storage === 'dict' ? d.codes.length : d.missing.length;
  const tick = (i: number) => {
    if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
  };
  if (target === 'number') {
    const out = new Float64Array(n);
    if (d.storage === 'number') {
      const f = numberToNumber(col.type, to);
      for (let i = 0; i < n; i++) {
        tick(i);
        const v = d.values[i] as number;
        out[i] = !Number.isNaN(v) ? f(v) : Number.NaN;
      }
    } else if (d.storage === 'dict') {
      const f = textToNumber(to);
      const byCode = d.dictionary.map((s) => f(s));
      for (let i = 0; i < n; i++) {
        const c = d.codes[i] as number;
        out[i] = c < 0 ? Number.NaN : (byCode[c] as number);
      }
    } else {
      const f = textToNumber(to);
      for (let i = 0; i < n; i++) {
        tick(i);
        const s = textAt(d, i);
        out[i] = s === null ? Number.NaN : f(s);
      }
    }
    return { storage: 'number', values: out };
  }
  if (target === 'dict') {
    if (d.storage === 'dict') return d;
    const b = new DictBuilder(n);
    if (d.storage === 'number') {
      const codeOfValue = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        tick(i);
        const v = d.values[i] as number;
        if (Number.isNaN(v)) {
          b.pushCode(-1);
          continue;
        }
        let code = codeOfValue.get(v);
        if (code === undefined) {
          code = b.codeOf(numberText(col.type, v));
          codeOfValue.set(v, code);
        }
        b.pushCode(code);
      }
    } else {
      for (let i = 0; i < n; i++) {
        tick(i);
        b.push(textAt(d, i));
      }
    }
    return b.finish();
  }
  if (d.storage === 'text') return d;
  const b = new TextBuilder(n);
  if (d.storage === 'dict') {
    for (let i = 0; i < n; i++) {
      tick(i);
      const c = d.codes[i] as number;
      b.pushString(c < 0 ? null : (d.dictionary[c] as string));
    }
  } else {
    for (let i = 0; i < n; i++) {
      tick(i);
      const v = d.values[i] as number;
      b.pushString(!Number.isNaN(v) ? numberText(col.type, v) : null);
    }
  }
  return b.finish();
}

export function applyCast(table: Table, step: CastStep, env: StepEnv): Table {
  const { index, column } = requireColumn(table, step.column, env);
  if (column.type === step.to) return table;
  const problem = castProblem(column.type, step.to);
  if (problem) throw stepError(env, `column "${step.column}": ${problem}`);
  return replaceColumn(table, index, {
    name: column.name,
    type: step.to,
    data: castData(column, step.to, env),
  });
}
