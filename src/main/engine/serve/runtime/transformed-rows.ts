/**
 * Transformed rows of several requests joined into one model input, and the model's outputs
 * split back per row. Each request is transformed (and so validated) on its own before it joins a
 * batch, so one request's bad value fails that request only.
 */
import type { FeaturePipeline } from '../../../../shared/data.js';
import type { TransformOutput } from '../../data/pipeline/transform.js';
import type { RowOutput } from '../types.js';

/** Rows [from, from + count) of one request's transform output. */
export interface RowSlice {
  out: TransformOutput;
  from: number;
  count: number;
}

/** One TransformOutput holding the slices' rows in order (no copy for a single whole request). */
export function joinSlices(pipeline: FeaturePipeline, slices: readonly RowSlice[]): TransformOutput {
  const only = slices[0];
  if (slices.length === 1 && only && only.from === 0 && only.count === only.out.rowCount) return only.out;
  const rows = slices.reduce((n, s) => n + s.count, 0);
  const width = pipeline.denseWidth;
  const dense = new Float32Array(rows * width);
  const tokens: Record<string, Int32Array> = {};
  const texts = pipeline.features.flatMap((f) => (f.kind === 'text' ? [f] : []));
  for (const f of texts) tokens[f.column] = new Int32Array(rows * f.maxLength);
  let at = 0;
  for (const s of slices) {
    dense.set(s.out.dense.subarray(s.from * width, (s.from + s.count) * width), at * width);
    for (const f of texts) {
      const src = s.out.tokens[f.column];
      const dst = tokens[f.column];
      if (src && dst)
        dst.set(src.subarray(s.from * f.maxLength, (s.from + s.count) * f.maxLength), at * f.maxLength);
    }
    at += s.count;
  }
  return { dense, tokens, target: null, rowCount: rows };
}

/** Row outputs of rows [from, from + count) of the prediction values. */
export function rowOutputs(
  values: Float32Array,
  width: number,
  labels: readonly string[] | null,
  from: number,
  count: number,
): RowOutput[] {
  const rows: RowOutput[] = new Array(count);
  if (!labels) {
    for (let i = 0; i < count; i++) rows[i] = { prediction: values[(from + i) * width] as number };
    return rows;
  }
  for (let i = 0; i < count; i++) {
    // A view, not a copy: a copy per row is an ArrayBuffer per row for the GC; `values` is this
    // predict call's own array and nothing writes to it afterwards.
    const p = values.subarray((from + i) * width, (from + i + 1) * width);
    let best = 0;
    for (let k = 1; k < width; k++) if ((p[k] as number) > (p[best] as number)) best = k;
    rows[i] = { prediction: labels[best] ?? String(best), probabilities: p };
  }
  return rows;
}
