import { describe, expect, it } from 'vitest';
import { parseList, parseValue } from './parse-value';

describe('parseValue', () => {
  it('reads numbers for numeric columns and keeps text for categorical ones', () => {
    expect(parseValue('18', 'integer')).toBe(18);
    expect(parseValue(' 2.5 ', 'float')).toBe(2.5);
    expect(parseValue('abc', 'float')).toBe('abc');
    expect(parseValue('13', 'categorical')).toBe('13');
    expect(parseValue('TRUE', 'boolean')).toBe(true);
  });
  it('reads lists', () => {
    expect(parseList('Private, State-gov,', 'categorical')).toEqual(['Private', 'State-gov']);
    expect(parseList('1,2', 'integer')).toEqual([1, 2]);
  });
});
