import type { Slice } from '../../../../shared/evaluate.js';
import type { TableColumn } from '../../data/table/types.js';
import { edgeLabels } from './edge-labels.js';
import { binOf, quantileEdges } from './quantile-edges.js';

/** Label of the slice of rows whose value is missing. */
export const MISSING_SLICE = '(missing)';

/** The slices of one feature: what each is called and which slice each evaluated row is in. */
export interface SliceGroups {
  groups: { value: string; kind: Slice['kind'] }[];
  /** Slice index of each evaluated row. */
  ids: Int32Array;
}

/**
 * Split the evaluated rows (`rows` = their table row indices) by one column: a categorical column
 * by category (only categories that occur), a boolean one by value ("false", "true"), an integer,
 * float or datetime one into quantile bins of the evaluated rows' values (see `quantileEdges`),
 * each labelled "[lo, hi)" and the last "[lo, hi]"; plus "(missing)" when any value is missing.
 * Every slice has at least one row. Null for text and identifier columns.
 */
export function sliceGroups(column: TableColumn, rows: Int32Array, bins: number): SliceGroups | null {
  const data = column.data;
  if (data.storage === 'text') return null;
  if (data.storage === 'dict') return categoryGroups(data.codes, data.dictionary, rows);
  if (column.type === 'boolean') return categoryGroups(booleanCodes(data.values, rows), ['false', 'true']);
  return binGroups(data.values, rows, bins, column.type === 'datetime');
}

/** Codes 0 (false), 1 (true) or −1 (missing) of a boolean column's evaluated rows. */
function booleanCodes(values: Float64Array, rows: Int32Array): Int32Array {
  const codes = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i] as number] as number;
    codes[i] = Number.isNaN(v) ? -1 : v !== 0 ? 1 : 0;
  }
  return codes;
}

/** Slices by code (−1 missing); `rows` maps evaluated rows to code positions (identity when absent). */
function categoryGroups(codes: Int32Array, dictionary: string[], rows?: Int32Array): SliceGroups {
  const n = rows ? rows.length : codes.length;
  const codeAt = (i: number) => codes[rows ? (rows[i] as number) : i] as number;
  const counts = new Int32Array(dictionary.length + 1);
  for (let i = 0; i < n; i++) {
    const at = codeAt(i) + 1;
    counts[at] = (counts[at] as number) + 1;
  }
  const sliceOfCode = new Int32Array(dictionary.length + 1).fill(-1);
  const groups: SliceGroups['groups'] = [];
  for (let c = 0; c < dictionary.length; c++) {
    if ((counts[c + 1] as number) === 0) continue;
    sliceOfCode[c + 1] = groups.length;
    groups.push({ value: dictionary[c] as string, kind: 'category' });
  }
  if ((counts[0] as number) > 0) {
    sliceOfCode[0] = groups.length;
    groups.push({ value: MISSING_SLICE, kind: 'missing' });
  }
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = sliceOfCode[codeAt(i) + 1] as number;
  return { groups, ids };
}

function binGroups(values: Float64Array, rows: Int32Array, bins: number, datetime: boolean): SliceGroups {
  const n = rows.length;
  const present = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[rows[i] as number] as number;
    if (!Number.isNaN(v)) present[m++] = v;
  }
  const edges = quantileEdges(present.subarray(0, m), bins);
  const labels = edgeLabels(edges, datetime);
  const groups: SliceGroups['groups'] = [];
  const binCount = Math.max(0, edges.length - 1);
  if (edges.length === 1) groups.push({ value: `[${labels[0]}, ${labels[0]}]`, kind: 'bin' });
  for (let b = 0; b < binCount; b++)
    groups.push({
      value: `[${labels[b]}, ${labels[b + 1]}${b === binCount - 1 ? ']' : ')'}`,
      kind: 'bin',
    });
  const missingId = groups.length;
  if (m < n) groups.push({ value: MISSING_SLICE, kind: 'missing' });
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[rows[i] as number] as number;
    ids[i] = Number.isNaN(v) ? missingId : binOf(edges, v);
  }
  return { groups, ids };
}
