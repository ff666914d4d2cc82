/**
 * Raw feature values (as clients sent them, one record per row) into typed columns. Numeric and
 * boolean values follow the inference server's input check (a number; true/false or 0/1), dates
 * and text the feature pipeline's record reader (ISO strings or epoch ms; numbers and booleans as
 * text, the importer's missing tokens as missing). The server refuses values of the wrong type,
 * so none should be here; any that are count as type errors instead of failing the window.
 *
 * Columns are filled from the back (a window is read newest first) and can grow: growing moves
 * what is filled to the end of the larger column.
 */
import { FieldReader } from '../../data/pipeline/read-record.js';
import type { WindowFeatureSpec } from './feature-spec.js';
import type { FeatureColumn } from './window-types.js';

/** A column being filled. */
export interface ColumnBuilder {
  /** Read records[from..to) into rows at..at + (to - from). */
  put(records: readonly Record<string, unknown>[], from: number, to: number, at: number): void;
  /** Make room for `rows` rows, keeping the filled tail at the end. */
  grow(rows: number): void;
  /** The column of rows [start, end of column). */
  done(start: number): FeatureColumn;
}

type NumberKind = 'numeric' | 'boolean' | 'datetime';

const TYPE_ERROR = Number.POSITIVE_INFINITY;

/** value → number; NaN when missing, TYPE_ERROR when it cannot be the kind. */
function readNumeric(v: unknown): number {
  if (v === undefined || v === null) return Number.NaN;
  return typeof v === 'number' && Number.isFinite(v) ? v : TYPE_ERROR;
}

function readBoolean(v: unknown): number {
  if (v === undefined || v === null) return Number.NaN;
  if (v === true || v === 1) return 1;
  if (v === false || v === 0) return 0;
  return TYPE_ERROR;
}

function datetimeReader(name: string): (v: unknown) => number {
  const reader = new FieldReader(0, name);
  return (v) => {
    try {
      return reader.datetime(v);
    } catch {
      return TYPE_ERROR;
    }
  };
}

function numberBuilder(spec: WindowFeatureSpec & { kind: NumberKind }, rows: number): ColumnBuilder {
  let values = new Float64Array(rows);
  const read =
    spec.kind === 'numeric' ? readNumeric : spec.kind === 'boolean' ? readBoolean : datetimeReader(spec.name);
  const name = spec.name;
  let missing = 0;
  let typeErrors = 0;
  return {
    put(records, from, to, at) {
      for (let i = from, k = at; i < to; i++, k++) {
        const x = read((records[i] as Record<string, unknown>)[name]);
        if (x === TYPE_ERROR) {
          typeErrors++;
          values[k] = Number.NaN;
        } else {
          if (Number.isNaN(x)) missing++;
          values[k] = x;
        }
      }
    },
    grow(n) {
      const next = new Float64Array(n);
      next.set(values, n - values.length);
      values = next;
    },
    done: (start) => ({
      name,
      kind: spec.kind,
      values: start === 0 ? values : values.slice(start),
      missing,
      typeErrors,
    }),
  };
}

function textBuilder(
  spec: WindowFeatureSpec & { kind: 'categorical' | 'text' },
  rows: number,
): ColumnBuilder {
  let values = new Array<string | null>(rows).fill(null);
  const reader = new FieldReader(0, spec.name);
  const name = spec.name;
  let missing = 0;
  let typeErrors = 0;
  return {
    put(records, from, to, at) {
      for (let i = from, k = at; i < to; i++, k++) {
        const v = (records[i] as Record<string, unknown>)[name];
        let text: string | null;
        try {
          text = reader.text(v);
        } catch {
          typeErrors++;
          continue;
        }
        if (text === null) missing++;
        values[k] = text;
      }
    },
    grow(n) {
      values = new Array<string | null>(n - values.length).fill(null).concat(values);
    },
    done: (start) => ({
      name,
      kind: spec.kind,
      values: start === 0 ? values : values.slice(start),
      missing,
      typeErrors,
    }),
  };
}

/** A builder for one feature's column of `rows` rows (more after grow). */
export function columnBuilder(spec: WindowFeatureSpec, rows: number): ColumnBuilder {
  if (spec.kind === 'categorical' || spec.kind === 'text')
    return textBuilder(spec as WindowFeatureSpec & { kind: 'categorical' | 'text' }, rows);
  return numberBuilder(spec as WindowFeatureSpec & { kind: NumberKind }, rows);
}
