import { describe, expect, it } from 'vitest';
import { cellText, formatCompact, formatCount, formatNumber, formatPercent, truncate } from './format';

describe('format', () => {
  it('writes counts with en-US separators', () => {
    expect(formatCount(32561)).toBe('32,561');
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(formatCount(Number.NaN)).toBe('—');
  });
  it('writes measured numbers briefly', () => {
    expect(formatNumber(38.58164675532078)).toBe('38.582');
    expect(formatNumber(0.012345678)).toBe('0.01235');
    expect(formatNumber(189778.36651208502)).toBe('189,778.4');
    expect(formatNumber(40)).toBe('40');
    expect(formatNumber(null)).toBe('—');
  });
  it('writes shares as percentages', () => {
    expect(formatPercent(1836, 32561)).toBe('5.6 %');
    expect(formatPercent(7841, 32561)).toBe('24 %');
    expect(formatPercent(0, 10)).toBe('0 %');
    expect(formatPercent(1, 0)).toBe('—');
    expect(formatPercent(2, 32561)).toBe('< 0.1 %');
  });
  it('writes cells as text', () => {
    expect(cellText(39)).toBe('39');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(true)).toBe('true');
    expect(cellText(null)).toBe('');
  });
  it('writes axis ticks and long labels briefly', () => {
    expect([950, 1800, 12_345, 1_484_705].map(formatCompact)).toEqual(['950', '1.8k', '12k', '1.5M']);
    expect(truncate('Married-spouse-absent', 14)).toBe('Married-spous…');
    expect(truncate('Private', 14)).toBe('Private');
  });
});
