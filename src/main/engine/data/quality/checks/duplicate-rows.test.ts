import { describe, expect, it } from 'vitest';
import { findingsOf, reportFor } from '../test-report.js';

describe('duplicate_rows', () => {
  it('counts rows repeating an earlier row in every column, missing equal to missing', () => {
    const r = reportFor([
      { name: 'a', type: 'integer', values: [1, 2, 1, 1, null, null, 2] },
      { name: 'b', type: 'categorical', values: ['x', 'y', 'x', 'z', 'q', 'q', 'y'] },
      { name: 'c', type: 'text', values: ['t', 'u', 't', 't', null, null, 'v'] },
    ]);
    const [f, ...rest] = findingsOf(r, 'duplicate_rows');
    expect(rest).toEqual([]);
    // row 3 = row 1, row 6 = row 5 (missing a and c); row 7 differs from row 2 in c
    expect(f?.title).toBe('2 duplicate rows');
    expect(f?.evidence).toContain('2 of 7 rows (28.6%)');
    expect(f?.evidence).toContain('row 3 repeats row 1; row 6 repeats row 5');
    expect(f?.severity).toBe('warning');
    expect(f?.fix).toEqual([{ op: 'deduplicate' }]);
    expect(f?.id).toBe('duplicate_rows');
  });

  it('treats -0 and 0 as equal and passes when all rows differ', () => {
    const r = reportFor([{ name: 'a', type: 'float', values: [0, -0, 1.5] }]);
    expect(findingsOf(r, 'duplicate_rows')[0]?.evidence).toContain('1 of 3 rows');
    const clean = reportFor([{ name: 'a', type: 'float', values: [0, 1, 2] }]);
    expect(clean.passed).toContain('duplicate_rows');
  });
});
