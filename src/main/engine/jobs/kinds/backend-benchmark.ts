import { loadTf } from '../../ml/tf-loader.js';
import type { JobContext } from '../job-kind.js';

interface Params {
  seconds: number;
  size: number;
}

export interface BenchmarkResult {
  backend: string;
  tfBackend: string;
  size: number;
  iterations: number;
  seconds: number;
  gflops: number;
}

/**
 * Multiply two size×size matrices on the active ML backend for the given time and report
 * GFLOP/s once per half second (a live metric) — a quick check that the backend works and how fast.
 */
export async function run(ctx: JobContext<Params>): Promise<BenchmarkResult> {
  const { seconds, size } = ctx.params;
  ctx.progress(0, `loading TensorFlow.js (${ctx.backend})`);
  const tf = await loadTf(ctx.backend);
  const a = tf.randomNormal([size, size], 0, 1, 'float32', 42);
  const b = tf.randomNormal([size, size], 0, 1, 'float32', 7);
  const flopsPerIter = 2 * size ** 3;
  const start = performance.now();
  let iterations = 0;
  let windowStart = start;
  let windowIters = 0;
  let step = 0;
  try {
    for (;;) {
      ctx.throwIfCancelled();
      const c = tf.matMul(a, b);
      await c.data();
      c.dispose();
      iterations += 1;
      windowIters += 1;
      const now = performance.now();
      const elapsed = (now - start) / 1000;
      if (now - windowStart >= 500) {
        step += 1;
        ctx.metric(step, { gflops: (flopsPerIter * windowIters) / 1e9 / ((now - windowStart) / 1000) });
        windowStart = now;
        windowIters = 0;
      }
      ctx.progress(elapsed / seconds, `${iterations} multiplications`, Math.max(0, seconds - elapsed));
      if (elapsed >= seconds) break;
      // Yield so a cancel message can be delivered between iterations.
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    a.dispose();
    b.dispose();
  }
  const total = (performance.now() - start) / 1000;
  return {
    backend: ctx.backend,
    tfBackend: tf.getBackend(),
    size,
    iterations,
    seconds: total,
    gflops: (flopsPerIter * iterations) / 1e9 / total,
  };
}
