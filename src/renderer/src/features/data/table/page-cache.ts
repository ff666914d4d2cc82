import type { Cell, RowsPage } from '../../../../../shared/data';

export interface CachedRow {
  rowId: number;
  cells: Cell[];
}

export type FetchPage = (offset: number, limit: number) => Promise<RowsPage>;

export interface PageCacheOptions {
  pageSize?: number;
  /** Pages kept; the least recently used go first. */
  capacity?: number;
  /** Requests in flight at once; pages wanted later wait, and are dropped once scrolled away from. */
  concurrency?: number;
}

/**
 * Pages of a version's rows for the table: fetched around the viewport, at most a few at a time,
 * kept in a small LRU. Only the pages of the latest window are fetched, so dragging the scrollbar
 * through a million rows does not queue thousands of requests.
 */
export class RowPageCache {
  readonly pageSize: number;
  private readonly capacity: number;
  private readonly concurrency: number;
  /** Insertion order is recency order (Map keeps it; a hit re-inserts). */
  private readonly pages = new Map<number, RowsPage>();
  private readonly inflight = new Set<number>();
  private wanted: number[] = [];
  private readonly listeners = new Set<() => void>();
  private disposed = false;
  error: string | null = null;

  constructor(
    private readonly fetchPage: FetchPage,
    options: PageCacheOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 200;
    this.capacity = Math.max(2, options.capacity ?? 40);
    this.concurrency = Math.max(1, options.concurrency ?? 3);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  /** The row at a 0-based index, if its page is here. */
  row(index: number): CachedRow | undefined {
    const page = this.pages.get(Math.floor(index / this.pageSize));
    if (!page) return undefined;
    const i = index - page.offset;
    const cells = page.rows[i];
    const rowId = page.rowIds[i];
    return cells && rowId !== undefined ? { rowId, cells } : undefined;
  }

  hasPage(pageIndex: number): boolean {
    return this.pages.has(pageIndex);
  }

  /** Ask for the rows [first, end): their pages are fetched (nearest the middle first). */
  want(first: number, end: number): void {
    if (end <= first) return;
    const a = Math.floor(first / this.pageSize);
    const b = Math.floor((end - 1) / this.pageSize);
    const mid = (a + b) / 2;
    const pages: number[] = [];
    for (let p = a; p <= b; p++) {
      const hit = this.pages.get(p);
      if (hit) {
        // Touch: keep the pages on screen the most recent.
        this.pages.delete(p);
        this.pages.set(p, hit);
      } else pages.push(p);
    }
    this.wanted = pages.sort((x, y) => Math.abs(x - mid) - Math.abs(y - mid));
    this.pump();
  }

  private pump(): void {
    while (!this.disposed && this.inflight.size < this.concurrency) {
      const next = this.wanted.find((p) => !this.inflight.has(p) && !this.pages.has(p));
      if (next === undefined) return;
      this.wanted = this.wanted.filter((p) => p !== next);
      this.load(next);
    }
  }

  private load(pageIndex: number): void {
    this.inflight.add(pageIndex);
    this.fetchPage(pageIndex * this.pageSize, this.pageSize)
      .then((page) => {
        this.pages.set(pageIndex, page);
        while (this.pages.size > this.capacity) {
          const oldest = this.pages.keys().next().value;
          if (oldest === undefined) break;
          this.pages.delete(oldest);
        }
        this.error = null;
      })
      .catch((err: unknown) => {
        this.error = err instanceof Error ? err.message : String(err);
      })
      .finally(() => {
        this.inflight.delete(pageIndex);
        if (this.disposed) return;
        for (const l of this.listeners) l();
        this.pump();
      });
  }
}
