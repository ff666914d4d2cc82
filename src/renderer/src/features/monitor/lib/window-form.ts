/** How often the page re-reads the report, the series and the alerts while it is open. */
export const AUTO_REFRESH_MS = 10_000;

/** The default window: the last 1000 predictions. */
export const DEFAULT_WINDOW_ROWS = 1000;

/** The window size limits of monitor.report (MonitorWindowInput.rows). */
export const MIN_WINDOW_ROWS = 10;
export const MAX_WINDOW_ROWS = 1_000_000;

/** monitor.series limits: rows per window, and how many rows all windows may read together. */
export const MAX_SERIES_WINDOW_ROWS = 100_000;
export const MAX_SERIES_WINDOWS = 20;
const SERIES_ROW_BUDGET = 200_000;

/** The window size field as typed: the number of rows, or what to fix. */
export function parseWindowRows(text: string): { rows: number } | { error: string } {
  const trimmed = text.trim().replace(/[,_\s]/g, '');
  const n = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(n)) return { error: 'Give the number of predictions, e.g. 1000.' };
  if (!Number.isInteger(n)) return { error: 'Give a whole number of predictions.' };
  if (n < MIN_WINDOW_ROWS || n > MAX_WINDOW_ROWS) {
    return {
      error: `Give a number from ${MIN_WINDOW_ROWS.toLocaleString('en-US')} to ${MAX_WINDOW_ROWS.toLocaleString('en-US')}.`,
    };
  }
  return { rows: n };
}

/**
 * The drift-over-time request for a window size: windows of the same size (at most 100,000 rows),
 * 20 of them, fewer when they would read more than 200,000 rows in all (each refresh reads them all).
 */
export function seriesRequest(rows: number): { windowRows: number; windows: number } {
  const windowRows = Math.min(Math.max(Math.round(rows), MIN_WINDOW_ROWS), MAX_SERIES_WINDOW_ROWS);
  const windows = Math.max(1, Math.min(MAX_SERIES_WINDOWS, Math.floor(SERIES_ROW_BUDGET / windowRows)));
  return { windowRows, windows };
}
