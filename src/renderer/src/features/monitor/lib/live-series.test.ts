import { describe, expect, it } from 'vitest';
import { formatEpochClock } from './format-monitor';
import { hasLiveMetric, liveRows } from './live-series';
import { series } from './test-fixtures';

describe('live metric rows', () => {
  it('gives one row per window with its metric and labeled count', () => {
    const base = series([[], [], []]);
    const labels = [{}, { liveMetric: 0.8, labeled: 40 }, { liveMetric: 0.7, labeled: 55, rows: 320 }];
    const s = { ...base, windows: base.windows.map((w, i) => ({ ...w, ...labels[i] })) };
    const rows = liveRows(s);
    expect(rows.map((r) => [r.x, r.metric, r.labeled, r.rows])).toEqual([
      [0, null, 0, 500],
      [1, 0.8, 40, 500],
      [2, 0.7, 55, 320],
    ]);
    expect(rows[0]?.label).toBe(formatEpochClock(base.windows[0]?.to));
    expect(hasLiveMetric(rows)).toBe(true);
  });

  it('knows when no window has labels', () => {
    expect(hasLiveMetric(liveRows(series([[], []])))).toBe(false);
    expect(liveRows(series([]))).toEqual([]);
  });
});
