/**
 * Sub-population re-weighting: the evaluated rows resampled (with replacement, same count) so that
 * one categorical feature's least common category becomes half of them.
 */
import { textReader } from '../../data/pipeline/column-text.js';
import type { TableColumn } from '../../data/table/types.js';

/** A category must hold at least this share of the rows to be boosted (rarer ones are noise). */
export const MIN_CATEGORY_SHARE = 0.01;
/** The share the boosted category gets. */
export const TARGET_SHARE = 0.5;

export interface ReweightPlan {
  feature: string;
  category: string;
  /** The category's share of the evaluated rows before resampling. */
  share: number;
  /** Positions into the evaluated rows (0..rows.length-1), drawn with replacement. */
  positions: Int32Array;
  /** e.g. "sex: Female 33% → 50%". */
  description: string;
}

/** Category index per evaluated row (-1 = missing) and the categories' names. */
function categoriesAt(col: TableColumn, rows: Int32Array): { codes: Int32Array; names: string[] } {
  const d = col.data;
  const codes = new Int32Array(rows.length);
  if (d.storage === 'dict') {
    for (let j = 0; j < rows.length; j++) codes[j] = d.codes[rows[j] as number] as number;
    return { codes, names: d.dictionary };
  }
  const read = textReader(col);
  const names: string[] = [];
  const index = new Map<string, number>();
  for (let j = 0; j < rows.length; j++) {
    const s = read(rows[j] as number);
    if (s === null) {
      codes[j] = -1;
      continue;
    }
    let c = index.get(s);
    if (c === undefined) {
      c = names.length;
      names.push(s);
      index.set(s, c);
    }
    codes[j] = c;
  }
  return { codes, names };
}

function percent(share: number): string {
  const p = share * 100;
  return `${p >= 10 ? Math.round(p) : Number(p.toFixed(1))}%`;
}

/**
 * The resampling that makes the feature's least common category (among those with ≥ 1 % of the rows
 * and under 50 %) half of the rows; the other half is drawn from every other row (missing included).
 * Null when the rows hold fewer than two categories or none qualifies.
 */
export function reweightPlan(
  feature: string,
  col: TableColumn,
  rows: Int32Array,
  uniform: () => number,
): ReweightPlan | null {
  const n = rows.length;
  if (n === 0) return null;
  const { codes, names } = categoriesAt(col, rows);
  const counts = new Int32Array(names.length);
  for (let j = 0; j < n; j++) {
    const c = codes[j] as number;
    if (c >= 0) counts[c] = (counts[c] as number) + 1;
  }
  let present = 0;
  let chosen = -1;
  for (let c = 0; c < counts.length; c++) {
    const k = counts[c] as number;
    if (k === 0) continue;
    present++;
    const share = k / n;
    if (share < MIN_CATEGORY_SHARE || share >= TARGET_SHARE) continue;
    if (chosen < 0 || k < (counts[chosen] as number)) chosen = c;
  }
  if (present < 2 || chosen < 0) return null;
  const inside = new Int32Array(counts[chosen] as number);
  const outside = new Int32Array(n - inside.length);
  let a = 0;
  let b = 0;
  for (let j = 0; j < n; j++) {
    if (codes[j] === chosen) inside[a++] = j;
    else outside[b++] = j;
  }
  const take = Math.round(n * TARGET_SHARE);
  const positions = new Int32Array(n);
  for (let k = 0; k < take; k++) positions[k] = inside[Math.floor(uniform() * inside.length)] as number;
  for (let k = take; k < n; k++) positions[k] = outside[Math.floor(uniform() * outside.length)] as number;
  const category = names[chosen] as string;
  const share = inside.length / n;
  return {
    feature,
    category,
    share,
    positions,
    description: `${feature}: ${category} ${percent(share)} → ${percent(TARGET_SHARE)}`,
  };
}
