import { describe, expect, it } from 'vitest';
import { findingsOf, range, reportFor } from '../test-report.js';

const withMissing = (n: number, missing: number) => range(n).map((i) => (i < missing ? null : i));

describe('high_missing', () => {
  it('grades by share: ≥1% info, ≥5% warning (impute), ≥50% error (drop)', () => {
    const r = reportFor([
      { name: 'tiny', type: 'integer', values: withMissing(200, 1) }, // 0.5%: nothing
      { name: 'some', type: 'float', values: withMissing(200, 4) }, // 2%: info
      {
        name: 'many',
        type: 'categorical',
        values: withMissing(200, 20).map((v) => (v === null ? null : `c${v % 3}`)),
      }, // 10%
      { name: 'most', type: 'integer', values: withMissing(200, 120) }, // 60%
    ]);
    const f = findingsOf(r, 'high_missing');
    expect(f.map((x) => [x.columns[0], x.severity])).toEqual([
      ['most', 'error'],
      ['many', 'warning'],
      ['some', 'info'],
    ]);
    const many = f.find((x) => x.columns[0] === 'many');
    expect(many?.evidence).toBe('many: 20 of 200 values (10.0%) are missing.');
    expect(many?.fix).toEqual([{ op: 'impute', columns: ['many'], strategy: 'mode', addIndicator: true }]);
    expect(many?.fixLabel).toBe('Impute with the mode');
    const some = f.find((x) => x.columns[0] === 'some');
    expect(some?.fix).toEqual([{ op: 'impute', columns: ['some'], strategy: 'median', addIndicator: true }]);
    expect(f.find((x) => x.columns[0] === 'most')?.fix).toEqual([{ op: 'drop_columns', columns: ['most'] }]);
  });

  it('leaves the target to missing_labels', () => {
    const r = reportFor(
      [
        { name: 'x', type: 'integer', values: range(10) },
        { name: 'y', type: 'categorical', values: ['a', 'b', null, null, 'a', 'b', 'a', 'b', 'a', 'b'] },
      ],
      { target: 'y' },
    );
    expect(r.passed).toContain('high_missing');
  });
});
