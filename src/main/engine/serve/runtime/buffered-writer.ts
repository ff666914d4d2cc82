/**
 * Items written off the response path: add() only pushes to a bounded in-memory buffer. Items are
 * counted in rows (`rowsOf`: a logged request holds many rows; 1 each by default); rows buffered
 * or being written count, and an item that would go beyond `limit` is dropped whole and its rows
 * counted. A timer hands the buffer to `write` in chunks of about `chunkRows` rows (at least one
 * item), with at most `maxOutstanding`
 * chunks being written at once (the writer may be another thread: its queue stays bounded too).
 * A chunk refused because the database is busy is retried after the interval; a chunk refused
 * otherwise (disk full, read-only) is dropped and counted.
 */
export interface BufferedWriterArgs<T> {
  /** Write one chunk of rows; may be async (another thread). */
  write(rows: readonly T[]): void | Promise<void>;
  /** Rows (sum of rowsOf) buffered or being written at most. */
  limit: number;
  /** The rows an item counts for (default 1). */
  rowsOf?(item: T): number;
  intervalMs?: number;
  chunkRows?: number;
  maxOutstanding?: number;
  /** Rows dropped because the buffer was full (or the disk refused them). */
  onDrop?(rows: number): void;
  onError?(message: string): void;
  /** Rows that left the buffer (written, or dropped after a write error). */
  onSettled?(rows: readonly T[]): void;
}

export const isBusy = (err: unknown): boolean => {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class BufferedWriter<T> {
  private buffer: T[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | null = null;
  private outstanding = 0;
  private inFlightRows = 0;
  /** Rows in buffer[head..]. */
  private queuedRows = 0;
  private written = 0;
  private droppedRows = 0;
  private readonly chunkRows: number;
  private readonly intervalMs: number;
  private readonly maxOutstanding: number;
  private lastError: string | null = null;
  private idle: (() => void) | null = null;
  /** A busy database is retried until then (forever, until a drain sets a deadline). */
  private retryUntil = Number.POSITIVE_INFINITY;

  constructor(private readonly args: BufferedWriterArgs<T>) {
    this.chunkRows = args.chunkRows ?? 500;
    this.intervalMs = args.intervalMs ?? 100;
    this.maxOutstanding = args.maxOutstanding ?? 2;
    this.timer = setInterval(() => this.flush(), this.intervalMs);
    this.timer.unref();
  }

  /** Rows waiting to be written (buffered, or handed to the writer and not yet confirmed). */
  get buffered(): number {
    return this.queuedRows + this.inFlightRows;
  }

  stats(): { buffered: number; logged: number; dropped: number } {
    return { buffered: this.buffered, logged: this.written, dropped: this.droppedRows };
  }

  /** Buffer the items that fit; returns how many were kept (the rest are dropped and counted). */
  add(items: readonly T[]): number {
    const rowsOf = this.args.rowsOf;
    let kept = 0;
    let dropped = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      const n = rowsOf ? rowsOf(item) : 1;
      if (this.buffered + n > this.args.limit) {
        dropped += n;
        continue;
      }
      this.buffer.push(item);
      this.queuedRows += n;
      kept += 1;
    }
    if (dropped > 0) this.drop(dropped);
    return kept;
  }

  private rowsIn(items: readonly T[]): number {
    const rowsOf = this.args.rowsOf;
    if (!rowsOf) return items.length;
    let n = 0;
    for (const item of items) n += rowsOf(item);
    return n;
  }

  private drop(n: number): void {
    this.droppedRows += n;
    this.args.onDrop?.(n);
  }

  /** Hand chunks to the writer while there is room for them. */
  private flush(): void {
    while (this.outstanding < this.maxOutstanding && this.head < this.buffer.length) {
      const rowsOf = this.args.rowsOf;
      let end = this.head;
      let rows = 0;
      while (end < this.buffer.length && (end === this.head || rows < this.chunkRows)) {
        const n = rowsOf ? rowsOf(this.buffer[end] as T) : 1;
        if (end > this.head && rows + n > this.chunkRows) break;
        rows += n;
        end += 1;
      }
      const chunk = this.buffer.slice(this.head, end);
      this.head = end;
      this.queuedRows -= rows;
      if (this.head > 4096 && this.head * 2 > this.buffer.length) {
        this.buffer = this.buffer.slice(this.head);
        this.head = 0;
      }
      this.outstanding += 1;
      this.inFlightRows += rows;
      void this.send(chunk, rows);
    }
  }

  private async send(chunk: readonly T[], rows: number): Promise<void> {
    for (;;) {
      try {
        await this.args.write(chunk);
        this.written += rows;
        break;
      } catch (err) {
        if (isBusy(err) && Date.now() < this.retryUntil) {
          await sleep(this.intervalMs);
          continue;
        }
        // Disk full, read-only, writer gone, ...: these rows cannot be written; count them as dropped.
        this.drop(rows);
        const message = `request log: ${(err as Error).message}`;
        if (message !== this.lastError) this.args.onError?.(message);
        this.lastError = message;
        break;
      }
    }
    this.outstanding -= 1;
    this.inFlightRows -= rows;
    this.args.onSettled?.(chunk);
    if (this.buffered === 0) this.idle?.();
    else if (!this.timer || this.queuedRows >= this.chunkRows) this.flush();
  }

  /** Write everything buffered now (on stop); what is still unwritten after `maxMs` is dropped. */
  async drain(maxMs = 10_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.buffered === 0) return;
    this.retryUntil = Date.now() + maxMs;
    const done = new Promise<void>((resolve) => {
      this.idle = resolve;
    });
    this.flush();
    const timedOut = await Promise.race([done.then(() => false), sleep(maxMs).then(() => true)]);
    this.idle = null;
    if (timedOut) {
      const rest = this.buffer.slice(this.head);
      this.args.onSettled?.(rest);
      this.drop(this.rowsIn(rest));
      this.buffer = [];
      this.head = 0;
      this.queuedRows = 0;
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
