import { describe, expect, it } from 'vitest';
import { formatDuration, formatElapsed, formatEta } from './format-time';

describe('formatEta', () => {
  it('is empty when the time left is unknown', () => {
    expect(formatEta(null)).toBe('');
    expect(formatEta(undefined)).toBe('');
    expect(formatEta(Number.NaN)).toBe('');
    expect(formatEta(-1)).toBe('');
  });

  it('says under a second near the end', () => {
    expect(formatEta(0)).toBe('under a second left');
    expect(formatEta(0.4)).toBe('under a second left');
  });

  it('rounds short waits up to whole seconds', () => {
    expect(formatEta(1.2)).toBe('about 2 s left');
    expect(formatEta(9.01)).toBe('about 10 s left');
  });

  it('uses minutes and hours for long waits', () => {
    expect(formatEta(42)).toBe('about 42 s left');
    expect(formatEta(125)).toBe('about 2 min 5 s left');
    expect(formatEta(120)).toBe('about 2 min left');
    expect(formatEta(3600 + 20 * 60 + 7)).toBe('about 1 h 20 min left');
  });
});

describe('formatDuration', () => {
  it('keeps one decimal below ten seconds', () => {
    expect(formatDuration(2.04)).toBe('2 s');
    expect(formatDuration(2.16)).toBe('2.2 s');
  });

  it('is empty for nonsense', () => {
    expect(formatDuration(-5)).toBe('');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatElapsed', () => {
  it('measures between two timestamps', () => {
    expect(formatElapsed('2025-01-01T00:00:00.000Z', '2025-01-01T00:01:30.000Z')).toBe('1 min 30 s');
  });

  it('is empty when a timestamp is missing', () => {
    expect(formatElapsed(null, '2025-01-01T00:00:00.000Z')).toBe('');
  });
});
