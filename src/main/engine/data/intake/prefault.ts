/**
 * Touches the pages of the big column arrays from a helper thread, ahead of the parser, so the
 * parsing thread does not stall on first-touch page faults (costly on virtual machines: about
 * 3 ms per MB here). The arrays live in SharedArrayBuffers; the helper writes with an atomic
 * compare-exchange of 0 for 0, which never changes a value the parser already wrote.
 * Set AI_FACTORY_NO_PREFAULT=1 to turn it off (for comparisons).
 */
import { Worker } from 'node:worker_threads';

/** Below this many bytes of column arrays the helper thread is not worth starting. */
const MIN_BYTES = 32 * 1024 * 1024;

const HELPER = `
const { parentPort } = require('node:worker_threads');
parentPort.once('message', ({ buffers, rows, stop }) => {
  const flag = new Int32Array(stop);
  const views = buffers.map((b) => ({ v: new Int32Array(b.sab), wordsPerRow: b.bytesPerRow / 4 }));
  const STEP = 16384;
  for (let row = 0; row < rows && Atomics.load(flag, 0) === 0; row += STEP) {
    for (const { v, wordsPerRow } of views) {
      const end = Math.min(v.length, (row + STEP) * wordsPerRow);
      for (let w = row * wordsPerRow; w < end; w += 1024) Atomics.compareExchange(v, w, 0, 0);
    }
  }
  parentPort.postMessage('done');
});
`;

export class Prefaulter {
  private readonly buffers: { sab: SharedArrayBuffer; bytesPerRow: number }[] = [];
  private worker: Worker | null = null;
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4));

  constructor(readonly enabled: boolean) {}

  /** Decide from the expected size whether a helper is worth it. */
  static forSize(rows: number, columns: number): Prefaulter {
    return new Prefaulter(rows * columns * 8 >= MIN_BYTES && !process.env.AI_FACTORY_NO_PREFAULT);
  }

  float64(n: number): Float64Array {
    if (!this.enabled) return new Float64Array(n);
    const sab = new SharedArrayBuffer(n * 8);
    this.buffers.push({ sab, bytesPerRow: 8 });
    return new Float64Array(sab);
  }

  int32(n: number): Int32Array {
    if (!this.enabled) return new Int32Array(n);
    const sab = new SharedArrayBuffer(n * 4);
    this.buffers.push({ sab, bytesPerRow: 4 });
    return new Int32Array(sab);
  }

  /** Starts touching pages (rows in order, all columns together). */
  start(rows: number): void {
    if (!this.enabled || this.buffers.length === 0) return;
    try {
      const w = new Worker(HELPER, { eval: true });
      w.unref();
      w.on('error', () => {});
      w.postMessage({ buffers: this.buffers, rows, stop: this.stopFlag.buffer });
      this.worker = w;
    } catch {
      this.worker = null;
    }
  }

  stop(): void {
    Atomics.store(this.stopFlag, 0, 1);
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
  }
}
