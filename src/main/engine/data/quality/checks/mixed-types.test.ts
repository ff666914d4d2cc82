import { describe, expect, it } from 'vitest';
import type { InferenceEvidence } from '../../../../../shared/data.js';
import { findingsOf, reportFor } from '../test-report.js';

const evidence = (e: Partial<InferenceEvidence>): InferenceEvidence => ({
  integer: 0,
  float: 0,
  boolean: 0,
  datetime: 0,
  string: 0,
  missing: 0,
  offenders: [],
  ...e,
});

describe('mixed_types', () => {
  it('warns with the raw kinds and the offending values', () => {
    const r = reportFor(
      [
        { name: 'age', type: 'integer', values: [30, 40, null, 50] },
        { name: 'price', type: 'float', values: [1.5, 2, 3, 4] },
        { name: 'city', type: 'categorical', values: ['a', 'b', 'c', 'd'] },
      ],
      {
        evidence: {
          age: evidence({ integer: 3, string: 1, offenders: [{ row: 3, value: 'n/a' }] }),
          price: evidence({ integer: 1, float: 3 }), // integers and decimals are one kind
          city: evidence({ string: 4 }),
        },
      },
    );
    const f = findingsOf(r, 'mixed_types');
    expect(f.map((x) => x.columns[0])).toEqual(['age']);
    expect(f[0]?.evidence).toBe(
      'age is integer, but its 4 non-missing raw values were 3 number, 1 text; values that did not fit: "n/a" (row 3). ' +
        'Check whether these are typos or codes for "unknown", then cast the column or clean them.',
    );
    expect(f[0]?.severity).toBe('warning');
  });

  it('flags two kinds without offenders, and passes without evidence', () => {
    const r = reportFor([{ name: 'code', type: 'categorical', values: ['1', '2', 'x'] }], {
      evidence: { code: evidence({ integer: 2, string: 1 }) },
    });
    expect(findingsOf(r, 'mixed_types')[0]?.evidence).toContain('2 number, 1 text');
    expect(reportFor([{ name: 'code', type: 'categorical', values: ['1'] }]).passed).toContain('mixed_types');
  });
});
