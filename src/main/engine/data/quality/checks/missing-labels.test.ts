import { describe, expect, it } from 'vitest';
import { findingsOf, reportFor } from '../test-report.js';

describe('missing_labels', () => {
  it('warns about unlabelled rows, points to labeling and offers to drop them', () => {
    const r = reportFor(
      [
        { name: 'x', type: 'integer', values: [1, 2, 3, 4, 5] },
        { name: 'y', type: 'categorical', values: ['a', null, 'b', 'a', 'b'] },
      ],
      { target: 'y' },
    );
    const [f] = findingsOf(r, 'missing_labels');
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toBe(
      'y: 1 of 5 rows (20.0%) have no value. Label them in the labeling view, or drop them.',
    );
    expect(f?.fix).toEqual([{ op: 'drop_missing', columns: ['y'] }]);
  });

  it('is an error above 50%', () => {
    const r = reportFor([{ name: 'y', type: 'categorical', values: ['a', null, null, 'b'] }], {
      target: 'y',
    });
    expect(findingsOf(r, 'missing_labels')[0]?.severity).toBe('warning');
    const r2 = reportFor([{ name: 'y', type: 'categorical', values: ['a', null, null, null] }], {
      target: 'y',
    });
    expect(findingsOf(r2, 'missing_labels')[0]?.severity).toBe('error');
  });
});
