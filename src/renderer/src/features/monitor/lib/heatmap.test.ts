import { describe, expect, it } from 'vitest';
import { formatEpochClock } from './format-monitor';
import { buildHeatmap, cellColor } from './heatmap';
import { series } from './test-fixtures';

describe('cellColor', () => {
  it('paints drifted cells in the danger colour, 35–100 % by strength', () => {
    expect(cellColor(true, 1)).toEqual({
      state: 'drifted',
      background: 'color-mix(in srgb, var(--danger) 100%, transparent)',
    });
    expect(cellColor(true, 0.5).background).toBe('color-mix(in srgb, var(--danger) 68%, transparent)');
    expect(cellColor(true, 0).background).toBe('color-mix(in srgb, var(--danger) 35%, transparent)');
  });

  it('paints stable cells in the accent colour, 6–40 % by strength, and clamps the strength', () => {
    expect(cellColor(false, 0)).toEqual({
      state: 'stable',
      background: 'color-mix(in srgb, var(--accent) 6%, transparent)',
    });
    expect(cellColor(false, 0.5).background).toBe('color-mix(in srgb, var(--accent) 23%, transparent)');
    expect(cellColor(false, 7).background).toBe('color-mix(in srgb, var(--accent) 40%, transparent)');
  });

  it('leaves cells without a number blank', () => {
    expect(cellColor(true, null)).toEqual({ state: 'none', background: 'transparent' });
  });
});

describe('buildHeatmap', () => {
  const s = series([
    [
      { feature: 'age', drifted: false, method: 'wasserstein', value: 0.05 },
      { feature: 'city', drifted: false, method: 'chi2', value: 0.5 },
    ],
    [{ feature: 'age', drifted: true, method: 'wasserstein', value: 0.2 }],
    [
      { feature: 'age', drifted: true, method: 'wasserstein', value: 0.3 },
      { feature: 'city', drifted: false, method: 'chi2', value: null },
      { feature: 'zip', drifted: true, method: 'psi', value: 0.4 },
    ],
  ]);

  it('makes one column per window, oldest first', () => {
    const map = buildHeatmap(s);
    expect(map.columns.map((c) => [c.from, c.to, c.rows])).toEqual([
      [1_767_261_600_000, 1_767_261_660_000, 500],
      [1_767_261_660_000, 1_767_261_720_000, 500],
      [1_767_261_720_000, 1_767_261_780_000, 500],
    ]);
    expect(map.columns[2]?.label).toBe(formatEpochClock(1_767_261_780_000));
  });

  it('makes one row per feature with a cell per window (null where the window has none)', () => {
    const map = buildHeatmap(s, { age: 0.1 });
    const age = map.rows.find((r) => r.feature === 'age');
    expect(age?.driftedWindows).toBe(2);
    expect(age?.cells.map((c) => c?.strength)).toEqual([0.25, 1, 1]);
    expect(age?.cells.map((c) => c?.color.state)).toEqual(['stable', 'drifted', 'drifted']);
    const city = map.rows.find((r) => r.feature === 'city');
    expect(city?.cells.map((c) => (c === null ? 'missing' : c.color.state))).toEqual([
      'stable',
      'missing',
      'none',
    ]);
    const zip = map.rows.find((r) => r.feature === 'zip');
    expect(zip?.cells.slice(0, 2)).toEqual([null, null]);
  });

  it('scales cells by the report’s threshold of the feature', () => {
    const loose = buildHeatmap(s, { age: 0.4 }).rows.find((r) => r.feature === 'age');
    const strengths = loose?.cells.map((c) => c?.strength ?? Number.NaN) ?? [];
    expect(strengths).toHaveLength(3);
    for (const [i, want] of [0.0625, 0.25, 0.375].entries()) expect(strengths[i]).toBeCloseTo(want, 12);
  });

  it('labels each cell with its window, number and verdict', () => {
    const age = buildHeatmap(s).rows.find((r) => r.feature === 'age');
    const from = formatEpochClock(1_767_261_660_000);
    const to = formatEpochClock(1_767_261_720_000);
    expect(age?.cells[1]?.label).toBe(`age (${from}–${to}, 500 rows): Wasserstein (normed) 0.2, drifted`);
    const city = buildHeatmap(s).rows.find((r) => r.feature === 'city');
    expect(city?.cells[0]?.label).toContain('Chi-squared p = 0.5, no drift');
    expect(city?.cells[2]?.label).toContain('—, not measured');
  });

  it('orders rows as asked, then the rest by windows drifted, then by name', () => {
    expect(buildHeatmap(s).rows.map((r) => r.feature)).toEqual(['age', 'zip', 'city']);
    expect(buildHeatmap(s, {}, ['city']).rows.map((r) => r.feature)).toEqual(['city', 'age', 'zip']);
    expect(buildHeatmap(s, {}, ['zip', 'city', 'age']).rows.map((r) => r.feature)).toEqual([
      'zip',
      'city',
      'age',
    ]);
  });

  it('is empty without windows', () => {
    expect(buildHeatmap(series([]))).toEqual({ columns: [], rows: [] });
  });
});
