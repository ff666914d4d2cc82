import { describe, expect, it } from 'vitest';
import { findingsOf, range, reportFor } from '../test-report.js';
import { looksLikeIdName, strictlyMonotonic } from './identifier-like.js';

describe('identifier_like', () => {
  it('flags identifier columns, all-unique strings, row-number integers and unique *_id integers', () => {
    const n = 40;
    const r = reportFor([
      { name: 'customer_id', type: 'identifier', values: range(n).map((i) => `C-${1000 + i}`) },
      { name: 'code', type: 'categorical', values: range(n).map((i) => `k${(i * 7) % n}`) },
      { name: 'row', type: 'integer', values: range(n).map((i) => 100 + 3 * i) },
      { name: 'order_id', type: 'integer', values: range(n).map((i) => (i * 17) % n) },
      { name: 'amount', type: 'integer', values: range(n).map((i) => (i * 17) % n) }, // unique, not monotonic, no id name
      {
        name: 'note',
        type: 'text',
        values: range(n).map((i) => `a long unique free-text comment about case number ${i} and more`),
      },
    ]);
    const f = findingsOf(r, 'identifier_like');
    expect(f.map((x) => x.columns[0])).toEqual(['customer_id', 'code', 'row', 'order_id']);
    expect(f[0]?.evidence).toContain('customer_id is typed as an identifier (40 distinct values in 40 rows)');
    expect(f[2]?.evidence).toContain('run in row order');
    expect(f[0]?.fix).toEqual([{ op: 'drop_columns', columns: ['customer_id'] }]);
  });

  it('skips excluded columns and recognises id-like names and monotonic runs', () => {
    const r = reportFor([{ name: 'customer_id', type: 'identifier', values: ['a', 'b', 'c'] }], {
      roles: { customer_id: 'excluded' },
    });
    expect(r.passed).toContain('identifier_like');
    expect(['id', 'customer_id', 'order-key', 'userId', 'uuid', 'ID'].every(looksLikeIdName)).toBe(true);
    expect(['idea', 'paid', 'valid', 'width', 'keyboard'].some(looksLikeIdName)).toBe(false);
    expect(strictlyMonotonic(Float64Array.from([5, Number.NaN, 3, 1]))).toBe(true);
    expect(strictlyMonotonic(Float64Array.from([1, 2, 2, 3]))).toBe(false);
    expect(strictlyMonotonic(Float64Array.from([1, 3, 2]))).toBe(false);
  });
});
