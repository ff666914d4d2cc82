/**
 * Per-second traffic figures from the HTTP layer's observations: requests, errors (status ≥ 400),
 * rows, latency percentiles of that second, and running totals. Latencies of a second are kept in
 * a bounded sample (reservoir), so a flood never grows memory.
 */
import type { ServeStatsPoint } from '../../../../shared/serve.js';
import type { RequestObservation } from '../types.js';

const SAMPLE = 4096;

export class StatsWindow {
  private requests = 0;
  private errors = 0;
  private rows = 0;
  private latencies: number[] = [];
  private seen = 0;
  readonly totals = { requests: 0, errors: 0, rows: 0 };

  observe(o: RequestObservation): void {
    this.requests += 1;
    this.rows += o.rows;
    if (o.status >= 400) this.errors += 1;
    this.seen += 1;
    if (this.latencies.length < SAMPLE) this.latencies.push(o.latencyMs);
    else {
      const j = Math.floor(Math.random() * this.seen);
      if (j < SAMPLE) this.latencies[j] = o.latencyMs;
    }
  }

  /** The point for the second that just ended, and a fresh second. */
  take(at: Date, queueRows: number): ServeStatsPoint {
    const sorted = Float64Array.from(this.latencies).sort();
    const pct = (q: number) =>
      sorted.length === 0
        ? null
        : Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) * 1000) /
          1000;
    const point: ServeStatsPoint = {
      at: at.toISOString(),
      requests: this.requests,
      errors: this.errors,
      rows: this.rows,
      p50Ms: pct(0.5),
      p95Ms: pct(0.95),
      p99Ms: pct(0.99),
      queueRows,
    };
    this.totals.requests += this.requests;
    this.totals.errors += this.errors;
    this.totals.rows += this.rows;
    this.requests = 0;
    this.errors = 0;
    this.rows = 0;
    this.latencies = [];
    this.seen = 0;
    return point;
  }
}
