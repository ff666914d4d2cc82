import { describe, expect, it } from 'vitest';
import { parseWindowRows, seriesRequest } from './window-form';

describe('window form', () => {
  it('reads a whole number of predictions, separators allowed', () => {
    expect(parseWindowRows('1000')).toEqual({ rows: 1000 });
    expect(parseWindowRows(' 2,500 ')).toEqual({ rows: 2500 });
    expect(parseWindowRows('1_000_000')).toEqual({ rows: 1_000_000 });
    expect(parseWindowRows('10')).toEqual({ rows: 10 });
  });

  it('says what to fix', () => {
    expect(parseWindowRows('')).toEqual({ error: 'Give the number of predictions, e.g. 1000.' });
    expect(parseWindowRows('many')).toEqual({ error: 'Give the number of predictions, e.g. 1000.' });
    expect(parseWindowRows('10.5')).toEqual({ error: 'Give a whole number of predictions.' });
    expect(parseWindowRows('9')).toEqual({ error: 'Give a number from 10 to 1,000,000.' });
    expect(parseWindowRows('1000001')).toEqual({ error: 'Give a number from 10 to 1,000,000.' });
  });

  it('asks for 20 windows of the window size, fewer when they would read over 200,000 rows', () => {
    expect(seriesRequest(1000)).toEqual({ windowRows: 1000, windows: 20 });
    expect(seriesRequest(10)).toEqual({ windowRows: 10, windows: 20 });
    expect(seriesRequest(15_000)).toEqual({ windowRows: 15_000, windows: 13 });
    expect(seriesRequest(50_000)).toEqual({ windowRows: 50_000, windows: 4 });
    expect(seriesRequest(1_000_000)).toEqual({ windowRows: 100_000, windows: 2 });
  });
});
