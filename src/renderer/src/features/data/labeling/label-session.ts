import type { LabelQueueItem, LabelRecord } from '../../../../../shared/data';

interface Counts {
  labeled: number;
  total: number;
}

/** The labeling commands a session needs, bound to one version and annotator. */
export interface LabelApi {
  queue(exclude: number[], limit: number): Promise<Counts & { items: LabelQueueItem[] }>;
  submit(rowId: number, label: string): Promise<Counts & { record: LabelRecord }>;
  undo(): Promise<Counts & { undone: LabelRecord | null; item: LabelQueueItem | null }>;
}

export interface SessionSnapshot {
  /** The row on screen, or null while loading or when the queue is empty. */
  current: LabelQueueItem | null;
  /** How many rows are waiting behind it, already fetched. */
  ahead: number;
  labeled: number | null;
  total: number | null;
  /** True while the first rows load (or the buffer ran dry). */
  loading: boolean;
  /** The engine has no more rows for this annotator. */
  finished: boolean;
  error: string | null;
  /** What the last action did, for a status line (screen readers hear it too). */
  status: string;
  skipped: number;
}

const BATCH = 5;
const REFILL_BELOW = 3;
const MAX_EXCLUDE = 10_000;
const HISTORY = 200;

/**
 * One annotator's labeling run over a version, built for speed: rows come in batches ahead of
 * time, so labeling one shows the next at once while the label is sent in the background.
 * Submits and undos run in order on one chain, so "label then undo" never races.
 */
export class LabelSession {
  private buffer: LabelQueueItem[] = [];
  private readonly skipped: number[] = [];
  /** Rows labeled in this session (and not undone), so a late batch cannot show them again. */
  private readonly labeledHere = new Set<number>();
  private readonly seen = new Map<number, LabelQueueItem>();
  private chain: Promise<unknown> = Promise.resolve();
  private fetching = false;
  private refetch = false;
  private exhausted = false;
  private disposed = false;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: LabelApi,
    private readonly describeLabel: (label: string) => string = (l) => l,
  ) {
    this.snapshot = {
      current: null,
      ahead: 0,
      labeled: null,
      total: null,
      loading: true,
      finished: false,
      error: null,
      status: '',
      skipped: 0,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  start(): void {
    this.fill();
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  /** Label the row on screen and show the next one. */
  label(label: string): void {
    const item = this.buffer.shift();
    if (!item) return;
    this.labeledHere.add(item.rowId);
    this.publish({ status: `Row ${item.rowId} labeled ${this.describeLabel(label)}.` });
    this.fill();
    this.enqueue(async () => {
      const res = await this.api.submit(item.rowId, label);
      this.publish({ labeled: res.labeled, total: res.total });
    }, item);
  }

  /** Skip the row on screen for this session. */
  skip(): void {
    const item = this.buffer.shift();
    if (!item) return;
    this.skipped.push(item.rowId);
    this.publish({ status: `Row ${item.rowId} skipped.` });
    this.fill();
  }

  /** Undo this annotator's last label and show that row again. */
  undo(): void {
    this.enqueue(async () => {
      const res = await this.api.undo();
      const patch: Partial<SessionSnapshot> = { labeled: res.labeled, total: res.total };
      const undone = res.undone;
      if (!undone) {
        this.publish({ ...patch, status: 'Nothing to undo.' });
        return;
      }
      this.labeledHere.delete(undone.rowId);
      // The row as the engine has it now (its labels changed), else the copy seen in this session.
      const item = res.item ?? this.seen.get(undone.rowId);
      if (item) this.buffer = [item, ...this.buffer.filter((b) => b.rowId !== undone.rowId)];
      patch.status = `Undid the label of row ${undone.rowId} (${this.describeLabel(undone.label)}).`;
      this.exhausted = false;
      this.publish(patch);
    });
  }

  private enqueue(work: () => Promise<void>, restore?: LabelQueueItem): void {
    this.chain = this.chain.then(work).catch((err: unknown) => {
      if (restore) {
        // The label was not stored: put the row back in front so it is not lost.
        this.labeledHere.delete(restore.rowId);
        this.buffer = [restore, ...this.buffer.filter((b) => b.rowId !== restore.rowId)];
      }
      this.publish({ error: err instanceof Error ? err.message : String(err) });
    });
  }

  /** Fetch more rows when few are left; a fetch asked for while one runs runs after it. */
  private fill(): void {
    if (this.disposed || this.exhausted || this.buffer.length >= REFILL_BELOW) return;
    if (this.fetching) {
      this.refetch = true;
      return;
    }
    this.fetching = true;
    this.publish({ loading: this.buffer.length === 0 });
    const exclude = [...this.skipped, ...this.buffer.map((b) => b.rowId), ...this.labeledHere].slice(
      -MAX_EXCLUDE,
    );
    this.api
      .queue(exclude, BATCH)
      .then((res) => {
        const have = new Set(this.buffer.map((b) => b.rowId));
        const fresh = res.items.filter(
          (it) => !have.has(it.rowId) && !this.labeledHere.has(it.rowId) && !this.skipped.includes(it.rowId),
        );
        for (const it of fresh) this.remember(it);
        this.buffer.push(...fresh);
        if (res.items.length === 0) this.exhausted = true;
        // Counts from the queue are older than any submit answered meanwhile; take them only at first.
        const counts = this.snapshot.labeled === null ? { labeled: res.labeled, total: res.total } : {};
        this.publish({ ...counts, error: null });
      })
      .catch((err: unknown) => {
        this.exhausted = true;
        this.publish({ error: err instanceof Error ? err.message : String(err) });
      })
      .finally(() => {
        this.fetching = false;
        const again = this.refetch;
        this.refetch = false;
        this.publish({ loading: false });
        if (again || this.buffer.length < REFILL_BELOW) {
          if (!this.exhausted) this.fill();
        }
      });
  }

  private remember(item: LabelQueueItem): void {
    this.seen.set(item.rowId, item);
    if (this.seen.size > HISTORY) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }

  private publish(patch: Partial<SessionSnapshot>): void {
    if (this.disposed) return;
    const current = this.buffer[0] ?? null;
    this.snapshot = {
      ...this.snapshot,
      ...patch,
      current,
      ahead: Math.max(0, this.buffer.length - 1),
      finished: this.exhausted && this.buffer.length === 0 && !this.fetching,
      skipped: this.skipped.length,
    };
    for (const l of this.listeners) l();
  }
}
