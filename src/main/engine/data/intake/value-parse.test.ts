import { describe, expect, it } from 'vitest';
import {
  classify,
  daysFromCivil,
  isMissingToken,
  K_BOOL,
  K_DATETIME,
  K_FLOAT,
  K_INT,
  K_MISSING,
  K_STRING,
  K_ZEROPAD,
  parseBoolean,
  parseDatetime,
  parsed,
  parseNumber,
} from './value-parse.js';

const b = (s: string) => Buffer.from(s, 'utf8');
const kindOf = (s: string) => {
  const x = b(s);
  return classify(x, 0, x.length);
};
const num = (s: string): [number, number] => {
  const x = b(s);
  const k = parseNumber(x, 0, x.length);
  return [k, parsed.value];
};
const dt = (s: string) => {
  const x = b(s);
  return parseDatetime(x, 0, x.length);
};

describe('missing-value tokens', () => {
  it.each(['', '?', 'NA', 'na', 'N/A', 'n/a', 'NaN', 'nan', 'null', 'NULL', 'Null'])('%j is missing', (s) => {
    const x = b(s);
    expect(isMissingToken(x, 0, x.length)).toBe(true);
  });
  it.each(['0', 'N', 'NAN!', 'none', 'nil', '??', 'n-a', 'nulls'])('%j is not missing', (s) => {
    const x = b(s);
    expect(isMissingToken(x, 0, x.length)).toBe(false);
  });
});

describe('numbers from bytes', () => {
  it('reads plain integers and decimals exactly', () => {
    expect(num('0')).toEqual([K_INT, 0]);
    expect(num('42')).toEqual([K_INT, 42]);
    expect(num('-17')).toEqual([K_INT, -17]);
    expect(num('+5')).toEqual([K_INT, 5]);
    expect(num('123456789012345')).toEqual([K_INT, 123456789012345]);
    expect(num('3.25')).toEqual([K_FLOAT, 3.25]);
    expect(num('-0.5')).toEqual([K_FLOAT, -0.5]);
    expect(num('.5')).toEqual([K_FLOAT, 0.5]);
    expect(num('5.')).toEqual([K_FLOAT, 5]);
    expect(num('0.1')).toEqual([K_FLOAT, 0.1]);
    expect(num('1.0')).toEqual([K_FLOAT, 1]);
  });

  it('matches Number() on awkward decimals, long mantissas and exponents', () => {
    for (const s of [
      '0.05644299999999999',
      '1.7976931348623157',
      '1e5',
      '2.5E-3',
      '-1.25e+10',
      '123456789.123456789',
      '0.3',
      '9007199254740993.5',
    ]) {
      const [k, v] = num(s);
      expect(k).toBe(K_FLOAT);
      expect(v).toBe(Number(s));
    }
  });

  it('sees leading zeros as text, not numbers', () => {
    expect(num('02134')[0]).toBe(K_ZEROPAD);
    expect(num('007')[0]).toBe(K_ZEROPAD);
    expect(num('-007')[0]).toBe(K_STRING);
    expect(num('00.5')[0]).toBe(K_STRING);
  });

  it('refuses forms Number() accepts but a data file should not mean', () => {
    for (const s of [
      '0x10',
      'Infinity',
      '1,000',
      '1e',
      '--1',
      '1.2.3',
      '-',
      '.',
      '1e400',
      '12345678901234567890',
    ]) {
      expect(num(s)[0]).toBe(K_STRING);
    }
  });
});

describe('booleans', () => {
  it.each([
    ['true', 1],
    ['TRUE', 1],
    ['Yes', 1],
    ['y', 1],
    ['T', 1],
    ['false', 0],
    ['no', 0],
    ['N', 0],
    ['f', 0],
    ['maybe', -1],
    ['1', -1],
    ['yess', -1],
  ])('%s → %d', (s, v) => {
    const x = b(s);
    expect(parseBoolean(x, 0, x.length)).toBe(v);
  });
});

describe('datetimes', () => {
  it('reads ISO dates and datetimes as epoch ms UTC', () => {
    expect(dt('2024-01-02')).toBe(Date.UTC(2024, 0, 2));
    expect(dt('2024/01/02')).toBe(Date.UTC(2024, 0, 2));
    expect(dt('2024-1-2')).toBe(Date.UTC(2024, 0, 2));
    expect(dt('2024-02-29T13:45:10Z')).toBe(Date.UTC(2024, 1, 29, 13, 45, 10));
    expect(dt('2024-02-29 13:45')).toBe(Date.UTC(2024, 1, 29, 13, 45));
    expect(dt('2024-02-29T13:45:10.123')).toBe(Date.UTC(2024, 1, 29, 13, 45, 10, 123));
    expect(dt('2024-02-29T13:45:10.5Z')).toBe(Date.UTC(2024, 1, 29, 13, 45, 10, 500));
    expect(dt('2024-02-29T13:45:10+02:00')).toBe(Date.UTC(2024, 1, 29, 11, 45, 10));
    expect(dt('2024-02-29T13:45:10-0530')).toBe(Date.UTC(2024, 1, 29, 19, 15, 10));
    expect(dt('1969-12-31T23:59:59Z')).toBe(-1000);
    expect(dt('1900-03-01')).toBe(Date.UTC(1900, 2, 1));
  });

  it('refuses impossible or partial dates', () => {
    for (const s of [
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-01-02T25:00',
      '2024-01-02X',
      '2024-01',
      '24-01-02',
      '2024-01/02',
      '2024-01-02T10',
    ]) {
      expect(Number.isNaN(dt(s))).toBe(true);
    }
  });

  it('days from civil agrees with Date.UTC over many years', () => {
    for (let y = 1600; y <= 2400; y += 7) {
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ] as const) {
        expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
      }
    }
  });
});

describe('classify', () => {
  it('names the raw kind of each value', () => {
    expect(kindOf('')).toBe(K_MISSING);
    expect(kindOf('?')).toBe(K_MISSING);
    expect(kindOf('12')).toBe(K_INT);
    expect(kindOf('1.5')).toBe(K_FLOAT);
    expect(kindOf('TRUE')).toBe(K_BOOL);
    expect(kindOf('false')).toBe(K_BOOL);
    // yes/no are answers, kept as categories unless the user forces the boolean type
    expect(kindOf('yes')).toBe(K_STRING);
    expect(kindOf('n')).toBe(K_STRING);
    expect(kindOf('2020-05-06')).toBe(K_DATETIME);
    expect(kindOf('02134')).toBe(K_ZEROPAD);
    expect(kindOf('Private')).toBe(K_STRING);
    expect(kindOf('héllo')).toBe(K_STRING);
  });
});
