import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../split/prng.js';
import { formatNumber } from './format-number.js';

describe('formatNumber', () => {
  it('returns exactly String(x)', () => {
    const edge = [
      0,
      -0,
      1,
      -1,
      0.1,
      0.1 + 0.2,
      1 / 3,
      -0.5,
      1e-7,
      5e-324,
      1e21,
      123456789.123456,
      999999999.999999,
      1e9 + 0.5,
      2 ** 53 + 2,
      -1234.5678,
      0.000001,
      0.0000015,
    ];
    for (const x of edge) expect(formatNumber(x)).toBe(String(x));
    const rand = mulberry32(9);
    const mismatches: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      const decimals = Math.floor(rand() * 9);
      const magnitude = 10 ** Math.floor(rand() * 13 - 3);
      let x = (Math.round(rand() * magnitude * 10 ** decimals) / 10 ** decimals) * (rand() < 0.3 ? -1 : 1);
      if (i % 3 === 0) x = (rand() - 0.5) * 10 ** (rand() * 24 - 12);
      if (formatNumber(x) !== String(x)) mismatches.push(x);
    }
    expect(mismatches).toEqual([]);
  });
});
