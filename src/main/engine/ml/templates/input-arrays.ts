import type { Tensor } from '@tensorflow/tfjs';
import type { TransformOutput } from '../../data/pipeline/transform.js';
import type { Tf } from '../tf-loader.js';
import type { InputLayout } from './input-layout.js';

/** A chunk of rows as the model's inputs, in typed arrays (row-major). */
export interface InputArrays {
  rows: number;
  /** rows × layout.denseWidth, or null without a dense input. */
  dense: Float32Array | null;
  /** Per embedded categorical: the category index per row. */
  categories: Int32Array[];
  /** Per text input: rows × maxLength token ids. */
  texts: Int32Array[];
}

/** The model inputs of a transformed chunk (the dense rows are reused as they are when the layout allows). */
export function inputArrays(layout: InputLayout, out: TransformOutput): InputArrays {
  const n = out.rowCount;
  const pw = layout.pipelineWidth;
  const src = out.dense;
  let dense: Float32Array | null = null;
  if (layout.denseWidth > 0) {
    if (layout.identity) dense = src;
    else {
      const w = layout.denseWidth;
      dense = new Float32Array(n * w);
      for (let r = 0; r < n; r++) {
        const s = r * pw;
        const d = r * w;
        for (const c of layout.copies) dense.set(src.subarray(s + c.from, s + c.from + c.length), d + c.to);
        for (const e of layout.expands) dense[d + e.to + (src[s + e.from] as number)] = 1;
      }
    }
  }
  const categories = layout.categories.map((c) => {
    const ids = new Int32Array(n);
    for (let r = 0; r < n; r++) ids[r] = src[r * pw + c.slot] as number;
    return ids;
  });
  const texts = layout.texts.map((t) => {
    const ids = out.tokens[t.column];
    if (!ids) throw new Error(`the transform gave no tokens for text column ${t.column}`);
    return ids;
  });
  return { rows: n, dense, categories, texts };
}

/** Tensors of rows [from, to) of a chunk, in the model's input order (the caller disposes them). */
export function inputTensors(
  tf: Tf,
  layout: InputLayout,
  a: InputArrays,
  from: number,
  to: number,
): Tensor[] {
  const n = to - from;
  const out: Tensor[] = [];
  if (a.dense) {
    const w = layout.denseWidth;
    out.push(tf.tensor2d(a.dense.subarray(from * w, to * w), [n, w], 'float32'));
  }
  for (const ids of a.categories) out.push(tf.tensor2d(ids.subarray(from, to), [n, 1], 'int32'));
  layout.texts.forEach((t, i) => {
    const ids = a.texts[i] as Int32Array;
    out.push(tf.tensor2d(ids.subarray(from * t.maxLength, to * t.maxLength), [n, t.maxLength], 'int32'));
  });
  return out;
}
