/**
 * Kernels that make every template train on the wasm backend, and train fast on cpu:
 * - UnsortedSegmentSum (the gradient of an embedding lookup): wasm has none, and cpu's runs one
 *   masked full-tensor pass per segment (per vocabulary entry), so a text model trained at a few
 *   hundred rows/s. This one is a single pass: out[id[i]] += x[i].
 * - Conv2DBackpropFilter (the filter gradient of conv1d): wasm has none, and cpu's reads every element
 *   through TensorBuffer.get(...indices) (about 40 rows/s for a small text model); this one indexes
 *   typed arrays directly. (Delegating to wasm's native Conv3DBackpropFilterV2 on a depth-1 view was
 *   tried: it is about 3× slower than this loop, and wrong for strides above 1 in tfjs-backend-wasm 4.22.)
 * Registered once per process, for the cpu and wasm backends only (native backends have their own).
 * training-kernels.test.ts checks them against direct sums and tfjs's own kernels.
 */
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import type { Tf } from '../tf-loader.js';

type Values = Float32Array | Int32Array;

/** What the kernels use of the cpu and wasm backends (public methods of both). */
interface BackendLike {
  readSync(dataId: object): unknown;
  makeTensorInfo(shape: number[], dtype: string, values: Values): TensorInfo;
  /** wasm only (cpu has a makeOutput with another signature). */
  typedArrayFromHeap?: unknown;
  makeOutput(shape: number[], dtype: string, memoryOffset: undefined, values: Values): TensorInfo;
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** A new tensor of the backend holding `values`. */
function output(b: BackendLike, shape: number[], dtype: string, values: Values): TensorInfo {
  return b.typedArrayFromHeap
    ? b.makeOutput(shape, dtype, undefined, values)
    : b.makeTensorInfo(shape, dtype, values);
}

/** Sums rows of x (after the segment ids' dims) into their segment; ids outside [0, n) are dropped, as TensorFlow does. */
export function segmentSum(
  x: Values,
  ids: ArrayLike<number>,
  segments: number,
  inner: number,
  out: Values,
): void {
  for (let i = 0; i < ids.length; i++) {
    const s = ids[i] as number;
    if (s < 0 || s >= segments) continue;
    const o = s * inner;
    const xi = i * inner;
    for (let j = 0; j < inner; j++) out[o + j] = (out[o + j] as number) + (x[xi + j] as number);
  }
}

const unsortedSegmentSum: KernelFunc = ({ inputs, backend, attrs }) => {
  const b = backend as BackendLike;
  const x = inputs.x as TensorInfo;
  const ids = inputs.segmentIds as TensorInfo;
  const segments = Number(attrs?.numSegments);
  const xv = b.readSync(x.dataId) as Values;
  const iv = b.readSync(ids.dataId) as Int32Array;
  const innerShape = x.shape.slice(ids.shape.length);
  const shape = [segments, ...innerShape];
  const out = x.dtype === 'int32' ? new Int32Array(size(shape)) : new Float32Array(size(shape));
  segmentSum(xv, iv, segments, size(innerShape), out);
  return output(b, shape, x.dtype, out);
};

/** dW[r, c, i, o] = Σ x[b, r + y·sh − top, c + z·sw − left, i] · dy[b, y, z, o] (NHWC, no dilation). */
export function filterGradient(
  x: Float32Array,
  xShape: readonly number[],
  dy: Float32Array,
  dyShape: readonly number[],
  filterShape: readonly number[],
  strides: readonly [number, number],
  top: number,
  left: number,
): Float32Array {
  const [batch, inH, inW, inC] = xShape as [number, number, number, number];
  const [, outH, outW, outC] = dyShape as [number, number, number, number];
  const [fH, fW] = filterShape as [number, number];
  const [sh, sw] = strides;
  const dw = new Float32Array(fH * fW * inC * outC);
  for (let r = 0; r < fH; r++) {
    for (let c = 0; c < fW; c++) {
      const base = (r * fW + c) * inC * outC;
      for (let b = 0; b < batch; b++) {
        for (let y = 0; y < outH; y++) {
          const xr = r + y * sh - top;
          if (xr < 0 || xr >= inH) continue;
          for (let z = 0; z < outW; z++) {
            const xc = c + z * sw - left;
            if (xc < 0 || xc >= inW) continue;
            const xo = ((b * inH + xr) * inW + xc) * inC;
            const go = ((b * outH + y) * outW + z) * outC;
            for (let i = 0; i < inC; i++) {
              const xv = x[xo + i] as number;
              if (xv === 0) continue;
              const wo = base + i * outC;
              for (let o = 0; o < outC; o++)
                dw[wo + o] = (dw[wo + o] as number) + xv * (dy[go + o] as number);
            }
          }
        }
      }
    }
  }
  return dw;
}

/** The filter gradient by filterGradient, for either backend. */
function conv2DBackpropFilterInJs(tf: Tf): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const b = backend as BackendLike;
    const x = inputs.x as TensorInfo;
    const dy = inputs.dy as TensorInfo;
    const a = attrs ?? {};
    if (a.dataFormat === 'NCHW') throw new Error('Conv2DBackpropFilter: NCHW is not supported here');
    const filterShape = a.filterShape as [number, number, number, number];
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filterShape,
      a.strides as [number, number],
      1,
      a.pad as 'same',
      a.dimRoundingMode as 'floor' | undefined,
      false,
      'channelsLast',
    );
    const dw = filterGradient(
      b.readSync(x.dataId) as Float32Array,
      x.shape,
      b.readSync(dy.dataId) as Float32Array,
      dy.shape,
      filterShape,
      [info.strideHeight, info.strideWidth],
      info.padInfo.top,
      info.padInfo.left,
    );
    return output(b, filterShape, 'float32', dw);
  };
}

function put(tf: Tf, config: KernelConfig): void {
  if (tf.getKernel(config.kernelName, config.backendName))
    tf.unregisterKernel(config.kernelName, config.backendName);
  tf.registerKernel(config);
}

const done = new Set<string>();

/**
 * Registers the kernels above for the cpu and wasm backends whose packages are loaded (idempotent;
 * call it again after loading another backend).
 */
export function registerTrainingKernels(tf: Tf): void {
  if (!done.has('cpu') && tf.getKernel('Conv2D', 'cpu')) {
    done.add('cpu');
    put(tf, { kernelName: 'UnsortedSegmentSum', backendName: 'cpu', kernelFunc: unsortedSegmentSum });
    put(tf, {
      kernelName: 'Conv2DBackpropFilter',
      backendName: 'cpu',
      kernelFunc: conv2DBackpropFilterInJs(tf),
    });
  }
  if (!done.has('wasm') && tf.getKernel('Conv2D', 'wasm')) {
    done.add('wasm');
    put(tf, { kernelName: 'UnsortedSegmentSum', backendName: 'wasm', kernelFunc: unsortedSegmentSum });
    put(tf, {
      kernelName: 'Conv2DBackpropFilter',
      backendName: 'wasm',
      kernelFunc: conv2DBackpropFilterInJs(tf),
    });
  }
}
