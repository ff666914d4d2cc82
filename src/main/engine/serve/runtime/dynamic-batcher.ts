/**
 * Dynamic batching: rows of concurrent requests are coalesced into one predict call.
 *
 * Policy. A request's rows join a FIFO queue (bounded in rows: beyond `queueLimitRows` the request
 * is refused with AppError('unavailable'), which the HTTP layer answers 503 + Retry-After). A batch
 * runs on a later turn of the event loop (setImmediate), so every request that arrived in the same
 * I/O poll joins it. It runs at once when that turn brought no new request, unless the server is
 * under concurrent load (its last predict call, less than `maxWaitMicros` ago, carried several
 * requests): a lone or sequential client pays one loop turn and no timer. Under load (requests
 * still arriving turn after turn, or that recent shared call) it keeps polling for more, turn by
 * turn, until the queue holds `maxBatchRows` rows or the oldest request has waited `maxWaitMicros`:
 * a few hundred microseconds buy one predict call for many requests. A batch takes at
 * most `maxBatchRows` rows; a larger request is cut into slices predicted in consecutive batches,
 * with the event loop free in between, so it cannot hold up small requests for long.
 */

import { AppError } from '../../../../shared/errors.js';
import type { TransformOutput } from '../../data/pipeline/transform.js';
import type { RowOutput } from '../types.js';
import type { RowSlice } from './transformed-rows.js';

export interface BatchingOptions {
  maxBatchRows: number;
  maxWaitMicros: number;
  queueLimitRows: number;
}

export interface BatcherHooks {
  /** One predict call on the joined slices; returns one RowOutput per row, in order. */
  predict(slices: readonly RowSlice[]): RowOutput[];
  /** Rows in each predict call (metrics). */
  onBatch?(rows: number): void;
  /** Rows waiting, after every change (metrics). */
  onQueue?(rows: number): void;
}

interface Pending {
  out: TransformOutput;
  /** Rows handed to a batch so far. */
  taken: number;
  /** Rows predicted so far. */
  done: number;
  outputs: RowOutput[];
  enqueuedAt: bigint;
  failed: boolean;
  resolve(rows: RowOutput[]): void;
  reject(err: unknown): void;
}

const now = () => process.hrtime.bigint();

export class DynamicBatcher {
  private readonly queue: Pending[] = [];
  private queuedRows = 0;
  private arrivals = 0;
  private arrivalsSeen = 0;
  private scheduled = false;
  private batches = 0;
  private lastBatchAt = 0n;
  private lastBatchRequests = 0;

  constructor(
    private readonly options: BatchingOptions,
    private readonly hooks: BatcherHooks,
  ) {}

  /** Rows waiting for a predict call. */
  get waitingRows(): number {
    return this.queuedRows;
  }

  /** Predict calls made so far. */
  get batchCount(): number {
    return this.batches;
  }

  submit(out: TransformOutput): Promise<RowOutput[]> {
    const n = out.rowCount;
    if (n === 0) return Promise.resolve([]);
    if (this.queuedRows + n > this.options.queueLimitRows) {
      return Promise.reject(
        new AppError(
          'unavailable',
          `the server is busy: ${this.queuedRows} rows are waiting (limit ${this.options.queueLimitRows}); retry shortly`,
        ),
      );
    }
    return new Promise<RowOutput[]>((resolve, reject) => {
      this.queue.push({
        out,
        taken: 0,
        done: 0,
        outputs: new Array<RowOutput>(n),
        enqueuedAt: now(),
        failed: false,
        resolve,
        reject,
      });
      this.queuedRows += n;
      this.arrivals += 1;
      this.hooks.onQueue?.(this.queuedRows);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    this.arrivalsSeen = this.arrivals;
    setImmediate(this.tick);
  }

  private readonly tick = (): void => {
    this.scheduled = false;
    const head = this.queue[0];
    if (!head) return;
    const t = now();
    const waitNs = BigInt(this.options.maxWaitMicros) * 1000n;
    const idle = this.lastBatchRequests <= 1 || t - this.lastBatchAt >= waitNs;
    const quiet = this.arrivals === this.arrivalsSeen;
    const full = this.queuedRows >= this.options.maxBatchRows;
    const waited = t - head.enqueuedAt >= waitNs;
    if ((quiet && idle) || full || waited) this.runBatch();
    this.schedule();
  };

  private runBatch(): void {
    const slices: RowSlice[] = [];
    const owners: { p: Pending; from: number; count: number }[] = [];
    let room = this.options.maxBatchRows;
    for (const p of this.queue) {
      if (room === 0) break;
      const count = Math.min(room, p.out.rowCount - p.taken);
      slices.push({ out: p.out, from: p.taken, count });
      owners.push({ p, from: p.taken, count });
      p.taken += count;
      room -= count;
    }
    const rows = this.options.maxBatchRows - room;
    this.queuedRows -= rows;
    while (this.queue[0] && this.queue[0].taken === this.queue[0].out.rowCount) this.queue.shift();
    this.hooks.onQueue?.(this.queuedRows);
    this.batches += 1;
    this.lastBatchRequests = owners.length;
    this.hooks.onBatch?.(rows);
    let outputs: RowOutput[];
    try {
      outputs = this.hooks.predict(slices);
    } catch (err) {
      for (const o of owners) this.fail(o.p, err);
      return;
    } finally {
      this.lastBatchAt = now();
    }
    let at = 0;
    for (const o of owners) {
      const { p } = o;
      for (let i = 0; i < o.count; i++) p.outputs[o.from + i] = outputs[at + i] as RowOutput;
      at += o.count;
      p.done += o.count;
      if (!p.failed && p.done === p.out.rowCount) p.resolve(p.outputs);
    }
  }

  /** A failed predict fails the requests in that batch (a slice's failure fails its whole request). */
  private fail(p: Pending, err: unknown): void {
    if (p.failed) return;
    p.failed = true;
    const rest = p.out.rowCount - p.taken;
    if (rest > 0) {
      const i = this.queue.indexOf(p);
      if (i >= 0) this.queue.splice(i, 1);
      this.queuedRows -= rest;
      this.hooks.onQueue?.(this.queuedRows);
    }
    p.reject(err);
  }
}
