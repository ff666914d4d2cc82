/**
 * Open-loop fixed-rate load: requests leave on a schedule (one every 1/rate s) from a worker
 * thread, whether or not earlier ones were answered, and each latency counts from the scheduled
 * send time (so a stalled server cannot hide its queue: no coordinated omission).
 * autocannon's `overallRate` is not this: each connection sends back to back until its quota for
 * the second is used, then waits for the next second — a burst at full speed, then silence.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface OpenLoopResult {
  requests: number;
  ok: number;
  failed: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  within2ms: number;
  achievedRate: number;
  /** The p99 of each second's requests (by scheduled send time). */
  secondP99s: number[];
}

export function openLoop(o: {
  url: string;
  /** One body for every request, or `bodies`: request i sends bodies[i mod n]. */
  body?: string;
  bodies?: string[];
  rate: number;
  seconds: number;
  connections: number;
  headers?: Record<string, string>;
}): Promise<OpenLoopResult> {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'serve-open-loop-worker.mjs');
  const worker = new Worker(file, { workerData: { ...o, headers: o.headers ?? {} } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { latencies: Float64Array; ok: number; failed: number; seconds: number }) => {
      void worker.terminate();
      const secondP99s: number[] = [];
      for (let i = 0; i + o.rate <= m.latencies.length; i += o.rate) {
        const second = m.latencies.slice(i, i + o.rate).sort();
        secondP99s.push(second[Math.min(second.length - 1, Math.floor(0.99 * second.length))] ?? Number.NaN);
      }
      const sorted = Float64Array.from(m.latencies).sort();
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
      let fast = 0;
      for (const v of sorted) if (v <= 2) fast++;
      resolve({
        requests: sorted.length,
        ok: m.ok,
        failed: m.failed,
        p50: at(0.5),
        p90: at(0.9),
        p99: at(0.99),
        max: sorted[sorted.length - 1] ?? Number.NaN,
        within2ms: fast / Math.max(1, sorted.length),
        achievedRate: sorted.length / m.seconds,
        secondP99s,
      });
    });
  });
}
