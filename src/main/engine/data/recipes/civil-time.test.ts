import { describe, expect, it } from 'vitest';
import { formatIso, parseIsoDate } from './civil-time.js';

describe('civil time', () => {
  it('formats like Date#toISOString across eras', () => {
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 2000; i++) {
      const ms = (rand() * 2 - 1) * 2e13 + rand();
      expect(formatIso(ms)).toBe(new Date(ms).toISOString());
    }
    expect(formatIso(Date.UTC(2000, 1, 29, 23, 59, 59, 999))).toBe('2000-02-29T23:59:59.999Z');
    expect(formatIso(-1)).toBe('1969-12-31T23:59:59.999Z');
  });

  it('parses ISO dates and date-times, as UTC unless an offset is given', () => {
    expect(parseIsoDate('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(parseIsoDate('2024-03-01 10:20')).toBe(Date.UTC(2024, 2, 1, 10, 20));
    expect(parseIsoDate('2024-03-01T10:20:30.123456Z')).toBe(Date.UTC(2024, 2, 1, 10, 20, 30, 123));
    expect(parseIsoDate('2024-03-01T10:20:30-05:30')).toBe(Date.UTC(2024, 2, 1, 15, 50, 30));
    expect(parseIsoDate('1900-02-29')).toBeNaN();
    expect(parseIsoDate('2024-13-01')).toBeNaN();
    expect(parseIsoDate('01/03/2024')).toBeNaN();
  });
});
