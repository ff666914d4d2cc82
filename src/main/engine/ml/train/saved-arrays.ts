import type { Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../tf-loader.js';

/** A tensor's values held in JS (for checkpoints and best weights), so no tensor outlives its use. */
export interface SavedArray {
  name: string;
  dtype: 'float32' | 'int32';
  shape: number[];
  data: Float32Array | Int32Array;
}

export async function saveTensor(name: string, t: Tensor): Promise<SavedArray> {
  if (t.dtype !== 'float32' && t.dtype !== 'int32') throw new Error(`cannot save ${t.dtype} tensor ${name}`);
  const data = (await t.data()) as Float32Array | Int32Array;
  return { name, dtype: t.dtype, shape: [...t.shape], data: data.slice() };
}

export const saveNamed = (list: { name: string; tensor: Tensor }[]): Promise<SavedArray[]> =>
  Promise.all(list.map((w) => saveTensor(w.name, w.tensor)));

/** A new tensor of a saved array (the caller disposes it). */
export const tensorOf = (tf: Tf, a: SavedArray): Tensor => tf.tensor(a.data, a.shape, a.dtype);
