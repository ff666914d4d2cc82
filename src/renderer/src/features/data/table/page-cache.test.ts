import { describe, expect, it } from 'vitest';
import type { RowsPage } from '../../../../../shared/data';
import { RowPageCache } from './page-cache';

const TOTAL = 1_000_000;

/** A fake data.rows over a million rows whose only column holds the row index × 2. */
function fakeRows() {
  const calls: number[] = [];
  const pending: (() => void)[] = [];
  const fetch = (offset: number, limit: number): Promise<RowsPage> => {
    calls.push(offset);
    const n = Math.max(0, Math.min(limit, TOTAL - offset));
    const page: RowsPage = {
      versionId: 'v',
      offset,
      columns: ['x'],
      rowIds: Array.from({ length: n }, (_, i) => offset + i),
      rows: Array.from({ length: n }, (_, i) => [(offset + i) * 2]),
      totalRows: TOTAL,
    };
    return new Promise((resolve) => pending.push(() => resolve(page)));
  };
  const flush = async () => {
    while (pending.length) {
      for (const r of pending.splice(0)) r();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { calls, fetch, flush };
}

describe('RowPageCache', () => {
  it('fetches the pages covering the window, once each, and serves rows from them', async () => {
    const f = fakeRows();
    const cache = new RowPageCache(f.fetch, { pageSize: 100, concurrency: 10 });
    let notified = 0;
    cache.subscribe(() => notified++);
    cache.want(150, 330);
    cache.want(150, 330);
    expect(f.calls.sort((a, b) => a - b)).toEqual([100, 200, 300]);
    expect(cache.row(150)).toBeUndefined();
    await f.flush();
    expect(notified).toBe(3);
    expect(cache.row(150)).toEqual({ rowId: 150, cells: [300] });
    expect(cache.row(329)).toEqual({ rowId: 329, cells: [658] });
    cache.want(150, 330);
    expect(f.calls).toHaveLength(3);
  });

  it('keeps few requests in flight and drops pages scrolled away from before they start', async () => {
    const f = fakeRows();
    const cache = new RowPageCache(f.fetch, { pageSize: 200, concurrency: 2 });
    cache.want(0, 2000); // 10 pages wanted; 2 start, nearest the middle first
    expect(f.calls).toEqual([800, 1000]);
    cache.want(900_000, 900_040); // jumped far: the earlier pages not started are forgotten
    await f.flush();
    expect(f.calls).toEqual([800, 1000, 900_000]);
    expect(cache.row(900_039)?.cells).toEqual([1_800_078]);
  });

  it('evicts the least recently used page beyond its capacity', async () => {
    const f = fakeRows();
    const cache = new RowPageCache(f.fetch, { pageSize: 10, capacity: 2, concurrency: 5 });
    cache.want(0, 10);
    await f.flush();
    cache.want(10, 20);
    await f.flush();
    cache.want(0, 10); // touch page 0
    cache.want(20, 30);
    await f.flush();
    expect(cache.hasPage(0)).toBe(true);
    expect(cache.hasPage(1)).toBe(false);
    expect(cache.hasPage(2)).toBe(true);
  });

  it('reports a failed page and tries it again when asked', async () => {
    let fail = true;
    const calls: number[] = [];
    const cache = new RowPageCache(
      async (offset) => {
        calls.push(offset);
        if (fail) throw new Error('engine gone');
        return { versionId: 'v', offset, columns: [], rowIds: [offset], rows: [[]], totalRows: 1 };
      },
      { pageSize: 10 },
    );
    cache.want(0, 1);
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.error).toBe('engine gone');
    fail = false;
    cache.want(0, 1);
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.error).toBeNull();
    expect(cache.row(0)?.rowId).toBe(0);
    expect(calls).toEqual([0, 0]);
  });
});
