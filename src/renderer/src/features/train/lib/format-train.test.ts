import { describe, expect, it } from 'vitest';
import { formatMetric, formatMs, formatThroughput, formatTick } from './format-train';

describe('train formats', () => {
  it('formats metrics with four significant digits', () => {
    expect(formatMetric(0.964912)).toBe('0.9649');
    expect(formatMetric(12.3456)).toBe('12.35');
    expect(formatMetric(3)).toBe('3');
    expect(formatMetric(12345.6)).toBe('12,346');
    expect(formatMetric(null)).toBe('—');
    expect(formatMetric(Number.NaN)).toBe('—');
  });

  it('formats throughput, ticks and durations', () => {
    expect(formatThroughput(41234.4)).toBe('41,234 samples/s');
    expect(formatTick(1500)).toBe('1.5k');
    expect(formatTick(0.12345)).toBe('0.123');
    expect(formatMs(850)).toBe('850 ms');
    expect(formatMs(12_400)).toBe('12.4 s');
    expect(formatMs(185_000)).toBe('3 min 5 s');
    expect(formatMs(null)).toBe('—');
  });
});
