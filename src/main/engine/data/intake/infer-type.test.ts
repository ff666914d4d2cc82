import { describe, expect, it } from 'vitest';
import { decideKind, decideTextType, decideType, emptyCounts, type KindCounts } from './infer-type.js';

const counts = (c: Partial<KindCounts>): KindCounts => ({ ...emptyCounts(), ...c });
const stats = { distinct: 3, meanBytes: 6, maxBytes: 9, spaceShare: 0 };

describe('decideKind', () => {
  it('numbers: integer, float, and the 95 % majority rule', () => {
    expect(decideKind(counts({ int: 100 }))).toBe('integer');
    expect(decideKind(counts({ int: 90, float: 10 }))).toBe('float');
    expect(decideKind(counts({ int: 95, string: 5 }))).toBe('integer');
    expect(decideKind(counts({ int: 94, string: 6 }))).toBe('text-like');
    expect(decideKind(counts({ int: 10, missing: 1000 }))).toBe('integer');
  });
  it('leading zeros make digit columns text-like', () => {
    expect(decideKind(counts({ int: 80, zeropad: 20 }))).toBe('text-like');
    expect(decideKind(counts({ int: 99, zeropad: 1 }))).toBe('text-like');
  });
  it('booleans, datetimes, empty', () => {
    expect(decideKind(counts({ bool: 50 }))).toBe('boolean');
    expect(decideKind(counts({ datetime: 96, string: 4 }))).toBe('datetime');
    expect(decideKind(counts({ missing: 7 }))).toBe('empty');
  });
});

describe('decideTextType', () => {
  it('long values are text', () => {
    expect(decideTextType(100, { ...stats, meanBytes: 41 })).toBe('text');
  });
  it('all distinct, short, no spaces, 20+ values: identifier', () => {
    expect(decideTextType(20, { ...stats, distinct: 20 })).toBe('identifier');
    expect(decideTextType(19, { ...stats, distinct: 19 })).toBe('categorical');
    expect(decideTextType(20, { ...stats, distinct: 20, spaceShare: 0.1 })).toBe('categorical');
  });
  it('nearly all distinct large columns: identifier without spaces, text with', () => {
    expect(decideTextType(2000, { ...stats, distinct: 1900 })).toBe('identifier');
    expect(decideTextType(2000, { ...stats, distinct: 1900, spaceShare: 0.3 })).toBe('text');
  });
  it('multi-word mostly-distinct values are text; the rest categorical', () => {
    expect(decideTextType(100, { ...stats, distinct: 60, spaceShare: 0.8 })).toBe('text');
    expect(decideTextType(100, { ...stats, distinct: 10, spaceShare: 0.8 })).toBe('categorical');
  });
});

describe('decideType', () => {
  it('an all-missing column is categorical', () => {
    expect(decideType(counts({ missing: 3 }), { ...stats, distinct: 0 })).toBe('categorical');
  });
  it('text-like columns go through the text rules', () => {
    expect(decideType(counts({ string: 30 }), { ...stats, distinct: 30 })).toBe('identifier');
  });
});
