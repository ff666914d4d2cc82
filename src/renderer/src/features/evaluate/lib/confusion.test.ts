import { describe, expect, it } from 'vitest';
import { confusionRows, heatLevel } from './confusion';

describe('confusion heatmap', () => {
  it('normalises each row by its actual class', () => {
    const rows = confusionRows(
      [
        [4, 1],
        [2, 3],
      ],
      ['no', 'yes'],
    );
    expect(rows.map((r) => [r.actual, r.total])).toEqual([
      ['no', 5],
      ['yes', 5],
    ]);
    expect(rows[0]?.cells.map((c) => [c.predicted, c.count, c.share, c.correct])).toEqual([
      ['no', 4, 0.8, true],
      ['yes', 1, 0.2, false],
    ]);
    expect(rows[1]?.cells.map((c) => c.share)).toEqual([0.4, 0.6]);
  });

  it('leaves the share of an empty row undefined', () => {
    const rows = confusionRows(
      [
        [0, 0],
        [1, 1],
      ],
      ['a', 'b'],
    );
    expect(rows[0]?.cells.map((c) => c.share)).toEqual([null, null]);
  });

  it('colours by share, from none to 85 %', () => {
    expect(heatLevel(null)).toBe(0);
    expect(heatLevel(0)).toBe(0);
    expect(heatLevel(0.5)).toBe(43);
    expect(heatLevel(1)).toBe(85);
  });
});
