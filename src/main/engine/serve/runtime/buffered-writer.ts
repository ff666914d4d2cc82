/**
 * Rows written off the response path: add() only pushes to a bounded in-memory buffer (rows
 * buffered or being written count; beyond `limit` new rows are dropped and counted). A timer
 * hands the buffer to `write` in chunks of at most `chunkRows`, with at most `maxOutstanding`
 * chunks being written at once (the writer may be another thread: its queue stays bounded too).
 * A chunk refused because the database is busy is retried after the interval; a chunk refused
 * otherwise (disk full, read-only) is dropped and counted.
 */
export interface BufferedWriterArgs<T> {
  /** Write one chunk of rows; may be async (another thread). */
  write(rows: readonly T[]): void | Promise<void>;
  limit: number;
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
    return this.buffer.length - this.head + this.inFlightRows;
  }

  stats(): { buffered: number; logged: number; dropped: number } {
    return { buffered: this.buffered, logged: this.written, dropped: this.droppedRows };
  }

  add(rows: readonly T[]): void {
    const room = Math.max(0, this.args.limit - this.buffered);
    const take = Math.min(room, rows.length);
    for (let i = 0; i < take; i++) this.buffer.push(rows[i] as T);
    const dropped = rows.length - take;
    if (dropped > 0) this.drop(dropped);
  }

  private drop(n: number): void {
    this.droppedRows += n;
    this.args.onDrop?.(n);
  }

  /** Hand chunks to the writer while there is room for them. */
  private flush(): void {
    while (this.outstanding < this.maxOutstanding && this.head < this.buffer.length) {
      const end = Math.min(this.buffer.length, this.head + this.chunkRows);
      const chunk = this.buffer.slice(this.head, end);
      this.head = end;
      if (this.head > 4096 && this.head * 2 > this.buffer.length) {
        this.buffer = this.buffer.slice(this.head);
        this.head = 0;
      }
      this.outstanding += 1;
      this.inFlightRows += chunk.length;
      void this.send(chunk);
    }
  }

  private async send(chunk: readonly T[]): Promise<void> {
    for (;;) {
      try {
        await this.args.write(chunk);
        this.written += chunk.length;
        break;
      } catch (err) {
        if (isBusy(err) && Date.now() < this.retryUntil) {
          await sleep(this.intervalMs);
          continue;
        }
        // Disk full, read-only, writer gone, ...: these rows cannot be written; count them as dropped.
        this.drop(chunk.length);
        const message = `request log: ${(err as Error).message}`;
        if (message !== this.lastError) this.args.onError?.(message);
        this.lastError = message;
        break;
      }
    }
    this.outstanding -= 1;
    this.inFlightRows -= chunk.length;
    this.args.onSettled?.(chunk);
    if (this.buffered === 0) this.idle?.();
    else if (!this.timer || this.buffer.length - this.head >= this.chunkRows) this.flush();
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
      const left = this.buffer.length - this.head;
      this.args.onSettled?.(this.buffer.slice(this.head));
      this.drop(left);
      this.buffer = [];
      this.head = 0;
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
