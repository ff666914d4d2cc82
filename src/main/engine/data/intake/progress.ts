/** Throttled progress reports that never go backwards, and the cancel check between chunks. */
import type { ImportHooks } from './import-file.js';
import { cancelled } from './intake-errors.js';
import { PROGRESS_INTERVAL_MS } from './limits.js';

export class Progress {
  private last = 0;
  private lastAt = 0;
  /** Fractions of later passes map into [base, 1). */
  private base = 0;

  constructor(private readonly hooks: ImportHooks) {}

  /** Throws when the import was cancelled. */
  checkCancelled(): void {
    if (this.hooks.signal.aborted) throw cancelled();
  }

  /** A new pass over the file: its fractions continue from the last one reported. */
  restart(): void {
    this.base = this.last;
  }

  report(fraction: number, message: string, force = false): void {
    const f = Math.min(1, this.base + (1 - this.base) * Math.max(0, Math.min(1, fraction)));
    const now = Date.now();
    if (!force && now - this.lastAt < PROGRESS_INTERVAL_MS) return;
    if (f < this.last) return;
    this.last = f;
    this.lastAt = now;
    this.hooks.progress(f, message);
  }
}
