import { describe, expect, it } from 'vitest';
import { parseBoolean, parseNumber } from './parse-value.js';

describe('parse-value', () => {
  it('parses numbers and booleans strictly', () => {
    expect(parseNumber(' -1.5e2 ')).toBe(-150);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('0x10')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('Infinity')).toBeNaN();
    expect(parseNumber('1e400')).toBeNaN();
    expect([parseBoolean('Yes'), parseBoolean('f'), parseBoolean('2')]).toEqual([1, 0, Number.NaN]);
  });
});
