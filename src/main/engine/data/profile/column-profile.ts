import type { ColumnProfile, ColumnRole } from '../../../../shared/data.js';
import type { NumberData, TableColumn } from '../table/types.js';
import { countCodes, topCategories, usedCodes } from './categories.js';
import { numericProfile } from './numeric-profile.js';
import { textStats } from './text-stats.js';
import { type ProfileTimings, timed } from './timings.js';

export interface ColumnWork {
  /** Scratch space of at least the table's row count, shared by all columns. */
  scratch: Float64Array;
  /** Room for the quantile sample (EXACT_LIMIT values), shared by all columns. */
  sample: Float64Array;
  /** Seed of the quantile sample (fixed per column so profiles are reproducible). */
  seed: number;
  timings: ProfileTimings | null;
}

/** Epoch ms as an ISO string; out-of-range values (beyond ±8.64e15 ms) as the number itself. */
function isoDate(ms: number): string {
  return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms);
}

type Base = Omit<ColumnProfile, 'association'>;

function empty(column: TableColumn, role: ColumnRole, count: number): Base {
  return {
    name: column.name,
    type: column.type,
    role,
    count,
    missing: 0,
    distinct: 0,
    distinctApprox: false,
    numeric: null,
    categories: null,
    text: null,
    datetime: null,
  };
}

function booleanProfile(base: Base, data: NumberData): Base {
  let t = 0;
  let f = 0;
  let missing = 0;
  const v = data.values;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as number;
    if (Number.isNaN(x)) missing++;
    else if (x !== 0) t++;
    else f++;
  }
  return {
    ...base,
    missing,
    distinct: (t > 0 ? 1 : 0) + (f > 0 ? 1 : 0),
    categories: topCategories(['true', 'false'], [t, f]),
  };
}

/** Everything but the association for one column, by its logical type. */
export function profileColumn(column: TableColumn, role: ColumnRole, count: number, work: ColumnWork): Base {
  const base = empty(column, role, count);
  const d = column.data;
  if (d.storage === 'dict') {
    return timed(work.timings, 'categories', () => {
      const { counts, missing } = countCodes(d);
      return {
        ...base,
        missing,
        distinct: usedCodes(counts),
        categories: topCategories(d.dictionary, counts),
      };
    });
  }
  if (d.storage === 'text') {
    return timed(work.timings, 'text', () => {
      const t = textStats(d);
      return {
        ...base,
        missing: t.missing,
        distinct: t.distinct,
        text: { minLength: t.minLength, maxLength: t.maxLength, meanLength: t.meanLength, empty: t.empty },
      };
    });
  }
  if (column.type === 'boolean') return timed(work.timings, 'categories', () => booleanProfile(base, d));
  const p = numericProfile(
    d.values,
    column.type === 'integer',
    work.scratch,
    work.sample,
    work.seed,
    work.timings,
  );
  const datetime =
    column.type === 'datetime' && p.numeric
      ? { min: isoDate(p.numeric.min), max: isoDate(p.numeric.max) }
      : null;
  return {
    ...base,
    missing: p.missing,
    distinct: p.distinct,
    distinctApprox: p.distinctApprox,
    numeric: p.numeric,
    datetime,
  };
}
