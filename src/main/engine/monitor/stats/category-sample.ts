/** One side of a categorical comparison, counted once (a model version's reference is counted once and reused). */
export interface CategorySample {
  readonly kind: 'categorical';
  /** Rows per category, in order of first appearance. */
  readonly counts: ReadonlyMap<string, number>;
  /** Values passed, missing included. */
  readonly rows: number;
  /** null values (missing). */
  readonly missing: number;
  /** Present values: rows − missing. */
  readonly total: number;
}

/** Counts the categories of `values` in one pass (null = missing, skipped). */
export function categorySample(values: readonly (string | null)[]): CategorySample {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const v of values) {
    if (v === null) missing++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { kind: 'categorical', counts, rows: values.length, missing, total: values.length - missing };
}
