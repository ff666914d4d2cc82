import type { DictData } from '../table/types.js';

export const TOP_CATEGORIES = 20;

export interface CategoryCounts {
  /** counts[code] for every dictionary entry. */
  counts: Int32Array;
  missing: number;
}

/** Rows per dictionary code, in one pass over the codes (no strings touched). */
export function countCodes(data: DictData): CategoryCounts {
  const counts = new Int32Array(data.dictionary.length);
  const codes = data.codes;
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (c < 0) missing++;
    else counts[c] = (counts[c] as number) + 1;
  }
  return { counts, missing };
}

export interface TopCategories {
  top: { value: string; count: number }[];
  otherCount: number;
}

/** Order: count descending, then value (code-unit order) ascending. */
export function byCountThenValue(
  a: { value: string; count: number },
  b: { value: string; count: number },
): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** The `limit` most frequent values (count desc, then value) and how many rows the rest hold. */
export function topCategories(
  values: string[],
  counts: ArrayLike<number>,
  limit = TOP_CATEGORIES,
): TopCategories {
  const all: { value: string; count: number }[] = [];
  let total = 0;
  for (let c = 0; c < counts.length; c++) {
    const n = counts[c] as number;
    if (n > 0) {
      all.push({ value: values[c] ?? '', count: n });
      total += n;
    }
  }
  all.sort(byCountThenValue);
  const top = all.slice(0, limit);
  let shown = 0;
  for (const t of top) shown += t.count;
  return { top, otherCount: total - shown };
}

/** Distinct used codes. */
export function usedCodes(counts: Int32Array): number {
  let d = 0;
  for (let c = 0; c < counts.length; c++) if ((counts[c] as number) > 0) d++;
  return d;
}
