import { describe, expect, it } from 'vitest';
import { formatDate, formatMs, formatNumber, formatPercent, formatSigned, MISSING } from './format.js';

describe('formatNumber', () => {
  it('keeps 4 significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.856123)).toBe('0.8561');
    expect(formatNumber(0.85)).toBe('0.85');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(12.3456)).toBe('12.35');
    expect(formatNumber(-0.0123456)).toBe('-0.01235');
  });

  it('writes whole numbers and anything from 1,000 up as grouped integers', () => {
    expect(formatNumber(32561)).toBe('32,561');
    expect(formatNumber(21450.5)).toBe('21,451');
    expect(formatNumber(-1234567)).toBe('-1,234,567');
    expect(formatNumber(7)).toBe('7');
  });

  it('uses exponents for very small and very large values', () => {
    expect(formatNumber(0.00001234)).toBe('1.234e-5');
    expect(formatNumber(0.0001)).toBe('1e-4');
    expect(formatNumber(2.5e16)).toBe('2.5e16');
  });

  it('shows missing, NaN and infinite values', () => {
    expect(formatNumber(null)).toBe(MISSING);
    expect(formatNumber(Number.NaN)).toBe(MISSING);
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatNumber(0)).toBe('0');
  });

  it('takes a number of significant digits', () => {
    expect(formatNumber(0.856123, 3)).toBe('0.856');
  });
});

describe('formatPercent, formatSigned, formatMs, formatDate', () => {
  it('formats fractions as percentages with 3 significant digits', () => {
    expect(formatPercent(0.8561)).toBe('85.6%');
    expect(formatPercent(0.00123)).toBe('0.123%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe(MISSING);
  });

  it('signs differences', () => {
    expect(formatSigned(0.0123)).toBe('+0.0123');
    expect(formatSigned(-0.5)).toBe('-0.5');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(null)).toBe(MISSING);
  });

  it('adds units to milliseconds and writes dates in UTC', () => {
    expect(formatMs(12.345)).toBe('12.35 ms');
    expect(formatMs(null)).toBe(MISSING);
    expect(formatDate('2025-03-04T13:05:09.000Z')).toBe('2025-03-04 13:05 UTC');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
