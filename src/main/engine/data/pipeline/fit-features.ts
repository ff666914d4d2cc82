import type { FittedFeature, PipelineOptions } from '../../../../shared/data.js';
import { finiteValues, meanStd, minMax, quantileOf } from '../recipes/quantile.js';
import { textAt } from '../table/cells.js';
import type { TableColumn } from '../table/types.js';
import { yearOf } from './datetime-parts.js';
import { tokenize } from './tokenize.js';

/** A scale that is safe to divide by (0 or not finite → 1). */
function usable(scale: number): number {
  return Number.isFinite(scale) && scale !== 0 ? scale : 1;
}

function countMissing(values: Float64Array, rows: Int32Array): number {
  let m = 0;
  for (let j = 0; j < rows.length; j++) if (!Number.isFinite(values[rows[j] as number] as number)) m++;
  return m;
}

export function fitNumeric(
  col: TableColumn,
  values: Float64Array,
  rows: Int32Array,
  o: PipelineOptions,
): FittedFeature {
  const present = finiteValues(values, rows);
  const median = present.length > 0 ? quantileOf(present, 0.5) : 0;
  let center = 0;
  let scale = 1;
  if (present.length > 0) {
    if (o.numericScaling === 'standard') {
      const { mean, std } = meanStd(present);
      center = mean;
      scale = usable(std);
    } else if (o.numericScaling === 'minmax') {
      const [min, max] = minMax(present);
      center = min;
      scale = usable(max - min);
    } else if (o.numericScaling === 'robust') {
      center = median;
      scale = usable(quantileOf(present, 0.75) - quantileOf(present, 0.25));
    }
  }
  return {
    kind: 'numeric',
    column: col.name,
    fill: median,
    scaling: o.numericScaling,
    center,
    scale,
    missingIndicator: o.missingIndicators && countMissing(values, rows) > 0,
  };
}

export function fitBoolean(
  col: TableColumn,
  values: Float64Array,
  rows: Int32Array,
  o: PipelineOptions,
): FittedFeature {
  let ones = 0;
  let present = 0;
  for (let j = 0; j < rows.length; j++) {
    const v = values[rows[j] as number] as number;
    if (!Number.isFinite(v)) continue;
    present++;
    if (v !== 0) ones++;
  }
  return {
    kind: 'boolean',
    column: col.name,
    fill: ones * 2 > present ? 1 : 0,
    missingIndicator: o.missingIndicators && present < rows.length,
  };
}

/** Most frequent first; ties by code-point order of the value, so the result does not depend on row order. */
export function rankByCount(counts: Map<string, number>, minCount: number, max: number): string[] {
  return [...counts]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([v]) => v);
}

/** Category counts over the train rows (dictionary codes, or the value's text for other storages). */
function categoryCounts(
  col: TableColumn,
  rows: Int32Array,
  text: (i: number) => string | null,
): { counts: Map<string, number>; missing: number } {
  const counts = new Map<string, number>();
  let missing = 0;
  const d = col.data;
  if (d.storage === 'dict') {
    const byCode = new Float64Array(d.dictionary.length);
    for (let j = 0; j < rows.length; j++) {
      const c = d.codes[rows[j] as number] as number;
      if (c < 0) missing++;
      else byCode[c] = (byCode[c] as number) + 1;
    }
    byCode.forEach((n, c) => {
      if (n > 0) counts.set(d.dictionary[c] as string, (counts.get(d.dictionary[c] as string) ?? 0) + n);
    });
    return { counts, missing };
  }
  for (let j = 0; j < rows.length; j++) {
    const s = text(rows[j] as number);
    if (s === null) missing++;
    else counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { counts, missing };
}

export function fitCategorical(
  col: TableColumn,
  rows: Int32Array,
  text: (i: number) => string | null,
  o: PipelineOptions,
): FittedFeature {
  const { counts, missing } = categoryCounts(col, rows, text);
  return {
    kind: 'categorical',
    column: col.name,
    encoding: o.categoricalEncoding,
    vocabulary: rankByCount(counts, o.minCategoryCount, o.maxCategories),
    missingIndicator: o.missingIndicators && missing > 0,
  };
}

export function fitDatetime(
  col: TableColumn,
  values: Float64Array,
  rows: Int32Array,
  o: PipelineOptions,
): FittedFeature {
  const years = new Float64Array(rows.length);
  let k = 0;
  for (let j = 0; j < rows.length; j++) {
    const v = values[rows[j] as number] as number;
    if (Number.isFinite(v)) years[k++] = yearOf(v);
  }
  const { mean, std } = meanStd(years.subarray(0, k));
  return {
    kind: 'datetime',
    column: col.name,
    parts: [...o.datetimeParts],
    yearCenter: k > 0 ? mean : 0,
    yearScale: usable(std),
    missingIndicator: o.missingIndicators && k < rows.length,
  };
}

export function fitText(col: TableColumn, rows: Int32Array, o: PipelineOptions): FittedFeature {
  const counts = new Map<string, number>();
  const d = col.data;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j] as number;
    const s =
      d.storage === 'text'
        ? textAt(d, i)
        : d.storage === 'dict'
          ? (d.dictionary[d.codes[i] as number] ?? null)
          : null;
    if (s === null) continue;
    for (const t of tokenize(s, true)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return {
    kind: 'text',
    column: col.name,
    vocabulary: rankByCount(counts, 1, o.textVocabularySize),
    maxLength: o.textMaxLength,
    lowercase: true,
  };
}
