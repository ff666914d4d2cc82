/**
 * Backend throughput, and what the job path costs: for each backend available here (wasm, cpu),
 * multiply 256×256 matrices for a few seconds (a) directly in this thread and (b) as a factory
 * job (worker thread, progress and metric events, SQLite writes), and print GFLOP/s and b/a.
 * Run: npm run bench   (or: node bin/run-ts.mjs bench/backend-throughput.ts [seconds])
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../src/main/engine/index.js';
import type { BenchmarkResult } from '../src/main/engine/jobs/kinds/backend-benchmark.js';
import { loadTf } from '../src/main/engine/ml/tf-loader.js';
import type { BackendId } from '../src/shared/backend.js';

const seconds = Number(process.argv[2] ?? 3);
const size = 256;

async function direct(backend: BackendId): Promise<number> {
  const tf = await loadTf(backend);
  const a = tf.randomNormal([size, size], 0, 1, 'float32', 42);
  const b = tf.randomNormal([size, size], 0, 1, 'float32', 7);
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < seconds * 1000) {
    const c = tf.matMul(a, b);
    await c.data();
    c.dispose();
    n += 1;
  }
  const elapsed = (performance.now() - start) / 1000;
  a.dispose();
  b.dispose();
  return (2 * size ** 3 * n) / 1e9 / elapsed;
}

async function viaJob(backend: BackendId): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'aif-bench-'));
  const engine = await openEngine({ shell: 'cli', workspace: dir, env: { AI_FACTORY_BACKEND: backend } });
  try {
    const job = await engine.call('jobs.start', { kind: 'backend.benchmark', params: { seconds, size } });
    const done = await engine.context.runner.settled(job.id);
    if (done.status !== 'succeeded') throw new Error(`job ${done.status}: ${done.error?.message}`);
    return (done.result as BenchmarkResult).gflops;
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `backend throughput: ${size}x${size} matmul, ${seconds} s per measurement, Node ${process.versions.node}`,
);
console.log('backend  direct GFLOP/s  job GFLOP/s  job/direct');
for (const backend of ['wasm', 'cpu'] as BackendId[]) {
  const job = await viaJob(backend);
  const base = await direct(backend);
  console.log(
    `${backend.padEnd(8)} ${base.toFixed(2).padStart(14)} ${job.toFixed(2).padStart(12)} ${(job / base).toFixed(2).padStart(11)}`,
  );
}
