/**
 * One window's columns, filled as the request log is read newest first: each request's rows go
 * in front of those already there, so nothing but the columns is kept while reading (a 100k-row
 * window of single-row requests holds no 100k request objects). Holds at most `limit` rows.
 */

import { predictionId } from '../../serve/http/prediction-ids.js';
import type { LoggedFormat, LoggedRequest } from '../../serve/types.js';
import { type ColumnBuilder, columnBuilder } from './feature-columns.js';
import type { WindowFeatureSpec } from './feature-spec.js';
import { PredictionColumns } from './prediction-columns.js';
import type { FormatCount, WindowColumns } from './window-types.js';

/** A stored request read back: the entry as logged, and its records (when features are read). */
export interface ParsedRequest {
  logged: LoggedRequest;
  records: Record<string, unknown>[] | null;
}

export interface WindowHead {
  model: string;
  version: number | null;
  /** The time range asked for (time windows); null to take it from the rows. */
  span: { from: number; to: number } | null;
}

/** Rows allocated at first (more as needed, up to the limit). */
const FIRST_ROWS = 1 << 17;

export class WindowAccumulator {
  private capacity: number;
  /** Rows [start, capacity) are filled. */
  private start: number;
  private ids: string[];
  private at: Float64Array;
  private latency: Float64Array;
  private versions: Int32Array;
  private readonly builders: ColumnBuilder[];
  private readonly predictions: PredictionColumns;
  private readonly formats = new Map<LoggedFormat, FormatCount>();
  private requests = 0;

  constructor(
    features: readonly WindowFeatureSpec[],
    /** The most rows the window holds. */
    readonly limit: number,
    /** Rows allocated at first. */
    firstRows = FIRST_ROWS,
  ) {
    const n = Math.min(limit, firstRows);
    this.capacity = n;
    this.start = n;
    this.ids = new Array<string>(n).fill('');
    this.at = new Float64Array(n);
    this.latency = new Float64Array(n);
    this.versions = new Int32Array(n);
    this.builders = features.map((f) => columnBuilder(f, n));
    this.predictions = new PredictionColumns(n);
  }

  /** Rows the window can still take. */
  get room(): number {
    return this.limit - (this.capacity - this.start);
  }

  private grow(rows: number): void {
    const n = Math.min(this.limit, Math.max(rows, 2 * this.capacity));
    const shift = n - this.capacity;
    this.ids = new Array<string>(shift).fill('').concat(this.ids);
    const at = new Float64Array(n);
    at.set(this.at, shift);
    this.at = at;
    const latency = new Float64Array(n);
    latency.set(this.latency, shift);
    this.latency = latency;
    const versions = new Int32Array(n);
    versions.set(this.versions, shift);
    this.versions = versions;
    for (const b of this.builders) b.grow(n);
    this.predictions.grow(n);
    this.start += shift;
    this.capacity = n;
  }

  /** Rows [from, to) of a request (older than every row already in), in front of the others. */
  put(p: ParsedRequest, from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    if (n > this.start) this.grow(this.capacity - this.start + n);
    const k = this.start - n;
    const { logged: r, records } = p;
    if (records) for (const b of this.builders) b.put(records, from, to, k);
    this.predictions.put(r.labels, r.outputs, r.rows, from, to, k);
    for (let i = from; i < to; i++) this.ids[k + i - from] = predictionId(r.idPrefix, r.firstSeq + i);
    this.at.fill(r.at, k, k + n);
    this.latency.fill(r.latencyMs, k, k + n);
    this.versions.fill(r.version, k, k + n);
    const f = this.formats.get(r.format);
    if (f) {
      f.requests++;
      f.rows += n;
    } else this.formats.set(r.format, { format: r.format, requests: 1, rows: n });
    this.requests++;
    this.start = k;
  }

  /** The window's columns (oldest row first). */
  done(head: WindowHead): WindowColumns {
    const s = this.start;
    const rows = this.capacity - s;
    const at = s > 0 ? this.at.slice(s) : this.at;
    const span = head.span ?? (rows > 0 ? { from: at[0] as number, to: (at[rows - 1] as number) + 1 } : null);
    return {
      model: head.model,
      version: head.version,
      span,
      rows,
      requests: this.requests,
      predictionIds: s > 0 ? this.ids.slice(s) : this.ids,
      at,
      latencyMs: s > 0 ? this.latency.slice(s) : this.latency,
      versions: s > 0 ? this.versions.slice(s) : this.versions,
      features: this.builders.map((b) => b.done(s)),
      predictions: this.predictions.done(s),
      // Oldest format first, as the rows are.
      formats: [...this.formats.values()].reverse(),
    };
  }
}
