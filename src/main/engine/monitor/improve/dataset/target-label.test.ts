import { describe, expect, it } from 'vitest';
import { labelReader } from './target-label.js';

describe('feedback labels as target values', () => {
  it('categorical: class names as sent, numbers as their text, missing tokens skipped', () => {
    const read = labelReader('categorical', 'churn');
    expect(['yes', 'no', 'maybe', 1, 2.5, '', 'NA', '?'].map(read)).toEqual([
      'yes',
      'no',
      'maybe',
      '1',
      '2.5',
      null,
      null,
      null,
    ]);
  });

  it('float: numbers and decimal text; anything else skipped', () => {
    const read = labelReader('float', 'price');
    expect([12.5, '7.25', ' -3 ', '1e3', 'abc', '', 'NA', '12.5.1'].map(read)).toEqual([
      12.5,
      7.25,
      -3,
      1000,
      null,
      null,
      null,
      null,
    ]);
  });

  it('integer: whole numbers only', () => {
    const read = labelReader('integer', 'count');
    expect([3, '4', 2.5, '2.5', 'x'].map(read)).toEqual([3, 4, null, null, null]);
  });

  it('boolean: true/false/1/0 (text in any case, or the numbers 1 and 0)', () => {
    const read = labelReader('boolean', 'churned');
    expect(['true', 'FALSE', ' 1 ', '0', 1, 0, 'yes', 2, 'maybe'].map(read)).toEqual([
      1,
      0,
      1,
      0,
      1,
      0,
      null,
      null,
      null,
    ]);
  });

  it('datetime: ISO text or epoch ms', () => {
    const read = labelReader('datetime', 'when');
    expect(['2024-03-01T10:00:00Z', 1_700_000_000_000, 'soon'].map(read)).toEqual([
      Date.parse('2024-03-01T10:00:00Z'),
      1_700_000_000_000,
      null,
    ]);
  });
});
