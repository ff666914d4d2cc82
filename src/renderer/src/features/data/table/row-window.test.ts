import { describe, expect, it } from 'vitest';
import { firstVisibleRow, rowWindow, scrollTopForRow } from './row-window';

const base = { viewportHeight: 280, rowHeight: 28, overscan: 2 };

describe('rowWindow', () => {
  it('draws the visible rows plus overscan, one pixel per pixel below the cap', () => {
    const w = rowWindow({ ...base, rowCount: 32561, scrollTop: 28 * 100 + 14 });
    expect(w.contentHeight).toBe(32561 * 28);
    expect(w.first).toBe(98);
    expect(w.end).toBe(100 + 11 + 2);
    expect(w.top).toBe(98 * 28);
  });

  it('clamps at both ends', () => {
    expect(rowWindow({ ...base, rowCount: 5, scrollTop: 0 })).toEqual({
      first: 0,
      end: 5,
      top: 0,
      contentHeight: 140,
    });
    const end = rowWindow({ ...base, rowCount: 1000, scrollTop: 10_000_000 });
    expect(end.end).toBe(1000);
    expect(end.first).toBe(1000 - 10 - 2);
    expect(rowWindow({ ...base, rowCount: 0, scrollTop: 0 }).end).toBe(0);
  });

  it('scales scroll positions onto rows above the height cap, reaching the last row', () => {
    const rowCount = 1_000_000;
    const maxHeight = 15_000_000;
    const w0 = rowWindow({ ...base, rowCount, maxHeight, scrollTop: 0 });
    expect(w0.contentHeight).toBe(maxHeight);
    expect(w0.first).toBe(0);
    const bottom = maxHeight - base.viewportHeight;
    const w1 = rowWindow({ ...base, rowCount, maxHeight, scrollTop: bottom });
    expect(w1.end).toBe(rowCount);
    // The last row's bottom edge sits at the viewport's bottom edge.
    expect(w1.top + (rowCount - w1.first) * 28).toBeCloseTo(bottom + base.viewportHeight, 6);
    const half = rowWindow({ ...base, rowCount, maxHeight, scrollTop: bottom / 2 });
    expect(half.first + 2).toBeCloseTo((rowCount - 10) / 2, -1);
    // The drawn block starts at or above the viewport's top.
    expect(half.top).toBeLessThanOrEqual(bottom / 2);
  });

  it('inverts: scrollTopForRow shows that row at the top', () => {
    for (const [rowCount, maxHeight] of [
      [32561, 15_000_000],
      [1_000_000, 15_000_000],
    ] as const) {
      const at = scrollTopForRow(32000, { ...base, rowCount, maxHeight });
      const w = rowWindow({ ...base, rowCount, maxHeight, scrollTop: at });
      expect(w.first + 2).toBe(32000);
      expect(firstVisibleRow({ ...base, rowCount, maxHeight, scrollTop: at })).toBe(32000);
      expect(w.top + 2 * 28).toBeCloseTo(at, 6);
    }
  });
});
