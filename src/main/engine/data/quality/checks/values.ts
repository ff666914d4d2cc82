import type { ColumnProfile } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { num } from '../format.js';

/** The most frequent value of a column as text, quoted ("Private") or a number (40). */
export function displayValue(ctx: QualityContext, p: ColumnProfile): string {
  const top = p.categories?.top[0];
  if (top) return `"${top.value}"`;
  if (p.datetime) return p.datetime.min;
  if (p.numeric) return num(p.numeric.quantiles.p50 ?? p.numeric.min);
  const col = ctx.column(p.name);
  if (col?.data.storage === 'text') {
    const d = col.data;
    for (let i = 0; i < d.missing.length; i++) {
      if (!d.missing[i])
        return `"${new TextDecoder().decode(d.bytes.subarray(d.offsets[i], d.offsets[i + 1]))}"`;
    }
  }
  return 'the same';
}

/** How many non-missing values of a number column equal v. */
export function countEqual(values: Float64Array, v: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === v) n++;
  return n;
}
