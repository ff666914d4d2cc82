import type { RecipeStep } from '../../../../../shared/data.js';
import type { ColumnData, Table } from '../../table/types.js';
import { CHECK_EVERY, throwIfAborted } from '../abort.js';
import { selectRows } from '../gather.js';
import { requireColumn, requireSim, type SimColumn, type StepEnv } from '../step-env.js';

type DeduplicateStep = Extract<RecipeStep, { op: 'deduplicate' }>;

export function validateDeduplicate(
  cols: SimColumn[],
  step: DeduplicateStep,
  env: Pick<StepEnv, 'step' | 'op'>,
): SimColumn[] {
  for (const name of step.columns ?? []) requireSim(cols, name, env);
  return cols;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193) >>> 0;
}

/** Folds one column into the per-row hashes. Missing values hash alike; 0 and -0 hash alike. */
function hashColumn(d: ColumnData, hashes: Uint32Array): void {
  const n = hashes.length;
  if (d.storage === 'number') {
    for (let i = 0; i < n; i++) {
      const v = d.values[i] as number;
      if (Number.isNaN(v)) hashes[i] = mix(hashes[i] as number, 0x7ff80000);
      else {
        f64[0] = v === 0 ? 0 : v;
        hashes[i] = mix(mix(hashes[i] as number, u32[0] as number), u32[1] as number);
      }
    }
  } else if (d.storage === 'dict') {
    for (let i = 0; i < n; i++) hashes[i] = mix(hashes[i] as number, (d.codes[i] as number) + 1);
  } else {
    for (let i = 0; i < n; i++) {
      let h = d.missing[i] ? 0x9e3779b9 : 0x811c9dc5;
      const e = d.offsets[i + 1] as number;
      for (let j = d.offsets[i] as number; j < e; j++) h = mix(h, d.bytes[j] as number);
      hashes[i] = mix(hashes[i] as number, h);
    }
  }
}

/** Exact equality of rows a and b in one column (missing equals missing; 0 equals -0). */
function sameCell(d: ColumnData, a: number, b: number): boolean {
  if (d.storage === 'number') {
    const x = d.values[a] as number;
    const y = d.values[b] as number;
    return x === y || (Number.isNaN(x) && Number.isNaN(y));
  }
  if (d.storage === 'dict') return d.codes[a] === d.codes[b];
  if (d.missing[a] || d.missing[b]) return d.missing[a] === d.missing[b];
  const as = d.offsets[a] as number;
  const bs = d.offsets[b] as number;
  const len = (d.offsets[a + 1] as number) - as;
  if ((d.offsets[b + 1] as number) - bs !== len) return false;
  for (let j = 0; j < len; j++) if (d.bytes[as + j] !== d.bytes[bs + j]) return false;
  return true;
}

/** Keeps the first occurrence of each distinct row (over `columns`, or all columns). */
export function applyDeduplicate(table: Table, step: DeduplicateStep, env: StepEnv): Table {
  const cols = (
    step.columns ? step.columns.map((name) => requireColumn(table, name, env).column) : table.columns
  ).map((c) => c.data);
  const n = table.rowCount;
  const hashes = new Uint32Array(n).fill(0x811c9dc5);
  for (const d of cols) {
    throwIfAborted(env.signal);
    hashColumn(d, hashes);
  }
  // first row seen per hash; rows sharing a hash are chained through `next`.
  const firstOf = new Map<number, number>();
  const next = new Int32Array(n).fill(-1);
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if ((i & CHECK_EVERY) === 0) throwIfAborted(env.signal);
    const h = hashes[i] as number;
    const head = firstOf.get(h);
    if (head === undefined) {
      firstOf.set(h, i);
      keep[i] = 1;
      continue;
    }
    let r = head;
    let dup = false;
    let last = head;
    while (r >= 0) {
      if (cols.every((d) => sameCell(d, r, i))) {
        dup = true;
        break;
      }
      last = r;
      r = next[r] as number;
    }
    if (!dup) {
      next[last] = i;
      keep[i] = 1;
    }
  }
  return selectRows(table, keep, env.signal);
}
