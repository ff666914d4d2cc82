import { describe, expect, it } from 'vitest';
import { findingsOf, reportFor } from '../test-report.js';

describe('unseen_categories', () => {
  const columns = [
    {
      name: 'city',
      type: 'categorical' as const,
      values: ['oslo', 'rome', 'oslo', 'bern', 'rome', 'lima', 'lima', null],
    },
    { name: 'y', type: 'categorical' as const, values: ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b'] },
  ];

  it('names categories seen in validation/test but never in train', () => {
    const split = Uint8Array.from([0, 0, 0, 1, 2, 2, 1, 2]);
    const r = reportFor(columns, { target: 'y' }, { split });
    const f = findingsOf(r, 'unseen_categories');
    expect(f.map((x) => x.columns[0])).toEqual(['city']);
    expect(f[0]?.evidence).toContain(
      'city: "lima" and "bern" appear in 3 validation/test rows but never in train',
    );
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.fix).toBeNull();
  });

  it('is skipped without a split, and passes when train covers every category', () => {
    expect(reportFor(columns, { target: 'y' }).skipped.map((s) => s.check)).toEqual(['unseen_categories']);
    const split = Uint8Array.from([0, 0, 0, 0, 1, 0, 2, 0]);
    expect(reportFor(columns, { target: 'y' }, { split }).passed).toContain('unseen_categories');
  });
});
