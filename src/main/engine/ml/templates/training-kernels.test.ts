import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../data/split/prng.js';
import { loadTf } from '../tf-loader.js';
import { registerTrainingKernels, segmentSum } from './training-kernels.js';

/** d/dw of Σ g · conv1d(x, w) by the definition: Σ_b,t g[b,t,o] · x[b, t·stride + k − padLeft, i]. */
function naiveConv1dFilterGrad(
  x: number[][][],
  g: number[][][],
  k: number,
  stride: number,
  padLeft: number,
): number[] {
  const inC = x[0]?.[0]?.length ?? 0;
  const outC = g[0]?.[0]?.length ?? 0;
  const dw = new Array<number>(k * inC * outC).fill(0);
  x.forEach((xb, b) => {
    (g[b] ?? []).forEach((gt, t) => {
      for (let kk = 0; kk < k; kk++) {
        const xt = xb[t * stride + kk - padLeft];
        if (!xt) continue;
        for (let i = 0; i < inC; i++)
          for (let o = 0; o < outC; o++) {
            const at = (kk * inC + i) * outC + o;
            dw[at] = (dw[at] as number) + (xt[i] as number) * (gt[o] as number);
          }
      }
    });
  });
  return dw;
}

const random3 = (rand: () => number, a: number, b: number, c: number) =>
  Array.from({ length: a }, () =>
    Array.from({ length: b }, () => Array.from({ length: c }, () => rand() * 2 - 1)),
  );

describe('segmentSum', () => {
  it('adds each row into its segment and drops ids out of range', () => {
    const out = new Float32Array(6);
    segmentSum(Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]), [2, 0, 2, 5], 3, 2, out);
    expect(Array.from(out)).toEqual([3, 4, 0, 0, 6, 8]);
  });
});

describe.each(['cpu', 'wasm'] as const)('training kernels on %s', (backend) => {
  it('computes UnsortedSegmentSum (the embedding gradient)', async () => {
    const tf = await loadTf(backend);
    registerTrainingKernels(tf);
    const x = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8], [4, 2]);
    const ids = tf.tensor1d([2, 0, 2, 1], 'int32');
    const s = tf.unsortedSegmentSum(x, ids, 4);
    expect(s.shape).toEqual([4, 2]);
    expect(Array.from(await s.data())).toEqual([3, 4, 7, 8, 6, 8, 0, 0]);
    // Through an embedding lookup's gradient: each id's row gets the sum of its upstream rows.
    const table = tf.zeros([5, 3]);
    const upstream = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    const g = tf.grad((t) => tf.sum(tf.mul(tf.gather(t, tf.tensor1d([4, 1, 4], 'int32')), upstream)))(table);
    expect(Array.from(await g.data())).toEqual([0, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0, 8, 10, 12]);
    tf.dispose([x, ids, s, table, upstream, g]);
  });

  it.each([
    { k: 3, stride: 1, pad: 'same' as const, padLeft: 1 },
    { k: 4, stride: 1, pad: 'same' as const, padLeft: 1 },
    { k: 3, stride: 2, pad: 'valid' as const, padLeft: 0 },
  ])(
    'computes the conv1d filter gradient (kernel $k, stride $stride, $pad)',
    async ({ k, stride, pad, padLeft }) => {
      const tf = await loadTf(backend);
      registerTrainingKernels(tf);
      const rand = mulberry32(k * 10 + stride);
      const [batch, len, inC, outC] = [3, 9, 4, 5];
      const xs = random3(rand, batch, len, inC);
      const x = tf.tensor3d(xs);
      const w = tf.tensor3d(random3(rand, k, inC, outC));
      const outLen = tf.conv1d(x, w, stride, pad).shape[1];
      const gs = random3(rand, batch, outLen, outC);
      const gt = tf.tensor3d(gs);
      const dw = tf.grad((f) => tf.sum(tf.mul(tf.conv1d(x, f as typeof w, stride, pad), gt)))(w);
      const want = naiveConv1dFilterGrad(xs, gs, k, stride, padLeft);
      const got = Array.from(await dw.data());
      expect(got).toHaveLength(want.length);
      got.forEach((v, i) => {
        expect(v).toBeCloseTo(want[i] as number, 4);
      });
      tf.dispose([x, w, gt, dw]);
    },
  );
});
