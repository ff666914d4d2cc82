import { describe, expect, it } from 'vitest';
import { columnData } from './test-table.js';
import { textStats } from './text-stats.js';

describe('textStats', () => {
  it('counts characters (not bytes), empties, missing and exact distinct values', () => {
    const d = columnData('text', ['héllo', '', null, 'héllo', '日本', 'a😀', 'abc', null, '']);
    if (d.storage !== 'text') throw new Error('expected text storage');
    const t = textStats(d);
    expect(t.missing).toBe(2);
    expect(t.empty).toBe(2);
    expect(t.distinct).toBe(5); // héllo, '', 日本, a😀, abc
    expect(t.minLength).toBe(0);
    expect(t.maxLength).toBe(5);
    // lengths 5, 0, 5, 2, 2, 3, 0 → 17 / 7
    expect(t.meanLength).toBeCloseTo(17 / 7, 12);
  });
});
