import { describe, expect, it } from 'vitest';
import { findingsOf, range, reportFor } from '../test-report.js';

describe('extreme_outliers', () => {
  it('counts values beyond the 3·IQR fences (and 3 std), with examples and a winsorize fix', () => {
    // 0..99 plus 1000 and -500: Q1 24.75, Q3 74.25 → fences -123.75 / 222.75
    const values = [...range(100), 1000, -500];
    const r = reportFor([{ name: 'x', type: 'integer', values }]);
    const [f] = findingsOf(r, 'extreme_outliers');
    expect(f?.title).toBe('x has 2 extreme values');
    expect(f?.evidence).toContain('2 of 102 values (2.0%)');
    expect(f?.evidence).toContain('1 below, 1 above');
    expect(f?.evidence).toContain('1,000 (row 101), -500 (row 102)');
    expect(f?.fix).toEqual([{ op: 'winsorize', column: 'x', lower: 0.01, upper: 0.99 }]);
  });

  it('uses |z| > 5 when the IQR is 0', () => {
    const values = range(200).map((i) => (i === 7 ? 500 : i === 8 ? 3 : 0));
    const r = reportFor([{ name: 'z', type: 'float', values }]);
    const [f] = findingsOf(r, 'extreme_outliers');
    expect(f?.title).toBe('z has 1 extreme value');
    expect(f?.evidence).toContain('500 (row 8)');
  });

  it('skips booleans, datetimes, excluded and identifier-like columns, and clean data passes', () => {
    const r = reportFor(
      [
        { name: 'b', type: 'boolean', values: range(100).map((i) => i === 0) },
        { name: 'd', type: 'datetime', values: range(100).map((i) => (i === 0 ? 4e12 : i * 1000)) },
        { name: 'e', type: 'integer', values: [...range(99), 1e6] },
        { name: 'row_id', type: 'integer', values: [...range(99), 1e6] },
        { name: 'ok', type: 'float', values: range(100) },
      ],
      { roles: { e: 'excluded' } },
    );
    expect(r.passed).toContain('extreme_outliers');
  });
});
