/**
 * Train / validation / test assignment per row.
 *
 * Counts: test = round(n·test), validation = round(n·validation) (halves up), train = the rest.
 * - random: a seeded shuffle (mulberry32 + Fisher–Yates); the first `train` rows of the
 *   permutation are train, the next `validation` rows validation, the rest test.
 * - stratified: per class (rows with a missing target form one more stratum) every part is within
 *   one row of the class's exact share, and the overall counts are the ones above; rows are
 *   drawn from each class with the same seeded shuffle.
 * - time: rows ordered by `timeColumn` (ties keep row order); the oldest are train, then
 *   validation, the latest test. Missing time values are refused.
 */
import { type SplitSpec, SplitSpec as SplitSpecSchema, type TaskType } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Table } from '../table/types.js';
import { mulberry32, seededPermutation, shuffleInPlace } from './prng.js';
import { type SplitCounts, splitCounts } from './split-counts.js';
import { strataOf } from './strata.js';
import { apportion } from './stratify.js';

export const TRAIN = 0;
export const VALIDATION = 1;
export const TEST = 2;

function parseSpec(spec: SplitSpec): SplitSpec {
  const r = SplitSpecSchema.safeParse(spec);
  if (r.success) return r.data;
  throw new AppError(
    'invalid_input',
    `Split settings: ${r.error.issues.map((i) => i.message).join('; ')}.`,
    r.error.issues,
  );
}

/** Writes the parts into `out` at `order`'s rows: first train, then validation, then test. */
function assignInOrder(out: Uint8Array, order: Int32Array, counts: SplitCounts): void {
  for (let k = 0; k < order.length; k++) {
    out[order[k] as number] =
      k < counts.train ? TRAIN : k < counts.train + counts.validation ? VALIDATION : TEST;
  }
}

function stratified(
  table: Table,
  spec: SplitSpec,
  target: { name: string; task: TaskType } | null,
): Uint8Array {
  if (!target || target.task === 'regression') {
    throw new AppError(
      'invalid_input',
      target
        ? `A stratified split needs a classification target; "${target.name}" is a regression target. Use a random or time split.`
        : 'A stratified split needs a classification target; pick the target column first, or use a random split.',
    );
  }
  const { stratum, sizes } = strataOf(table, target.name);
  const per = apportion(sizes, spec, splitCounts(table.rowCount, spec));
  // Rows of each stratum, in row order, then shuffled with one generator (strata in order).
  const starts = new Int32Array(sizes.length + 1);
  for (let c = 0; c < sizes.length; c++) starts[c + 1] = (starts[c] as number) + (sizes[c] as number);
  const fill = starts.slice(0, sizes.length);
  const rows = new Int32Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const c = stratum[i] as number;
    rows[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  const out = new Uint8Array(table.rowCount);
  const rand = mulberry32(spec.seed);
  for (let c = 0; c < sizes.length; c++) {
    const members = shuffleInPlace(rows.subarray(starts[c] as number, starts[c + 1] as number), rand);
    assignInOrder(out, members, per[c] as SplitCounts);
  }
  return out;
}

function byTime(table: Table, spec: SplitSpec): Uint8Array {
  const name = spec.timeColumn ?? '';
  const col = table.columns.find((c) => c.name === name);
  if (!col) {
    throw new AppError(
      'invalid_input',
      `A time split needs the column "${name}", which is not in this version. Columns: ${table.columns.map((c) => c.name).join(', ')}.`,
    );
  }
  if (col.data.storage !== 'number' || col.type === 'boolean') {
    throw new AppError(
      'invalid_input',
      `A time split orders rows by a datetime or numeric column; "${name}" is ${col.type}. Cast it to datetime first.`,
    );
  }
  const values = col.data.values;
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing++;
  if (missing > 0) {
    throw new AppError(
      'invalid_input',
      `A time split needs a time for every row, but "${name}" has ${missing} missing value${missing === 1 ? '' : 's'}. Drop those rows (drop_missing) or fill them first.`,
    );
  }
  const order = new Int32Array(table.rowCount);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const out = new Uint8Array(table.rowCount);
  assignInOrder(out, order, splitCounts(table.rowCount, spec));
  return out;
}

/** Per-row assignment: 0 train, 1 validation, 2 test. */
export function computeSplit(
  table: Table,
  spec: SplitSpec,
  target: { name: string; task: TaskType } | null,
): Uint8Array {
  const s = parseSpec(spec);
  switch (s.method) {
    case 'random': {
      const out = new Uint8Array(table.rowCount);
      assignInOrder(out, seededPermutation(table.rowCount, s.seed), splitCounts(table.rowCount, s));
      return out;
    }
    case 'stratified':
      return stratified(table, s, target);
    case 'time':
      return byTime(table, s);
  }
}

/** How many rows each part got. */
export function countParts(assignment: Uint8Array): SplitCounts {
  const c = [0, 0, 0];
  for (let i = 0; i < assignment.length; i++)
    c[assignment[i] as number] = (c[assignment[i] as number] as number) + 1;
  return { train: c[0] as number, validation: c[1] as number, test: c[2] as number };
}
