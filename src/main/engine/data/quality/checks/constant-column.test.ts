import { describe, expect, it } from 'vitest';
import { findingsOf, range, reportFor } from '../test-report.js';

describe('constant_column and near_constant_column', () => {
  it('flags a single-valued column, even an excluded one, but not the target', () => {
    const r = reportFor(
      [
        { name: 'k', type: 'integer', values: [7, 7, null, 7] },
        { name: 'e', type: 'categorical', values: ['a', 'a', 'a', 'a'] },
        { name: 'x', type: 'float', values: [1, 2, 3, 4] },
        { name: 'y', type: 'categorical', values: ['s', 's', 's', 's'] },
      ],
      { target: 'y', roles: { e: 'excluded' } },
    );
    const found = findingsOf(r, 'constant_column');
    expect(found.map((f) => f.id)).toEqual(['constant_column:k', 'constant_column:e']);
    expect(found[0]?.evidence).toBe(
      'k: all 3 non-missing values are 7 and 1 is missing; it cannot help a model.',
    );
    expect(found[0]?.fix).toEqual([{ op: 'drop_columns', columns: ['k'] }]);
    expect(found[0]?.fixLabel).toBe('Drop column');
  });

  it('flags a value holding ≥ 99% of a column (numeric via the median, categorical via the top value)', () => {
    const num = range(200).map((i) => (i < 198 ? 5 : i));
    const cat = range(200).map((i) => (i === 0 ? 'b' : 'a'));
    const ok = range(200).map((i) => (i < 196 ? 5 : i)); // 98%
    const r = reportFor([
      { name: 'n', type: 'integer', values: num },
      { name: 'c', type: 'categorical', values: cat },
      { name: 'ok', type: 'integer', values: ok },
    ]);
    const found = findingsOf(r, 'near_constant_column');
    expect(found.map((f) => f.columns[0])).toEqual(['n', 'c']);
    expect(found[0]?.evidence).toBe(
      'n: 198 of 200 non-missing values (99.0%) are 5; the other 2 carry little signal.',
    );
    expect(found[1]?.evidence).toContain('199 of 200 non-missing values (99.5%) are "a"');
    expect(found[0]?.severity).toBe('warning');
  });

  it('flags a numeric column whose spread is negligible', () => {
    const r = reportFor([{ name: 'f', type: 'float', values: [1, 1 + 1e-13, 1, 1 - 1e-13, 1 + 2e-13] }]);
    expect(findingsOf(r, 'near_constant_column')[0]?.title).toBe('f barely varies');
  });
});
