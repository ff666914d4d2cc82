import { describe, expect, it } from 'vitest';
import { findingsOf, range, reportFor } from '../test-report.js';

const n = 200;
const label = range(n).map((i) => (i % 3 === 0 ? 'yes' : 'no'));

describe('target_leakage', () => {
  it('flags a copy of the target (categorical and numeric) as an error', () => {
    const r = reportFor(
      [
        { name: 'noise', type: 'integer', values: range(n).map((i) => (i * 37) % 11) },
        { name: 'copy', type: 'categorical', values: label.map((v) => `was_${v}`) },
        { name: 'coded', type: 'integer', values: label.map((v) => (v === 'yes' ? 1 : 0)) },
        { name: 'label', type: 'categorical', values: label },
      ],
      { target: 'label', task: 'binary' },
    );
    const f = findingsOf(r, 'target_leakage');
    expect(f.map((x) => [x.columns[0], x.severity])).toEqual([
      ['copy', 'error'],
      ['coded', 'error'],
    ]);
    expect(f[0]?.evidence).toContain("Cramér's V between copy and label is 1.000");
    expect(f[0]?.evidence).toContain(
      'right for 100.0% of 200 rows (always guessing the majority class: 66.5%)',
    );
    expect(f[1]?.evidence).toContain('the correlation ratio η between coded and label is 1.000');
    expect(f[0]?.fix).toEqual([{ op: 'drop_columns', columns: ['copy'] }]);
  });

  it('flags a category that predicts the class ≥ 99% even when V is lower, and not many-level features', () => {
    // 'site' has 4 levels; levels s0, s1 → always yes, s2 → no, s3 → no except 1 row in 200
    const y = range(n).map((i) => (i % 4 < 2 ? 'yes' : 'no'));
    y[3] = 'yes';
    const r = reportFor(
      [
        { name: 'site', type: 'categorical', values: range(n).map((i) => `s${i % 4}`) },
        { name: 'ticket', type: 'categorical', values: range(n).map((i) => `t${Math.floor(i / 2)}`) }, // 100 levels, 2 rows each
        { name: 'y', type: 'categorical', values: y },
      ],
      { target: 'y' },
    );
    const f = findingsOf(r, 'target_leakage');
    expect(f.map((x) => x.columns[0])).toEqual(['site']);
    expect(f[0]?.evidence).toContain('right for 99.5% of 200 rows');
  });

  it('warns (not errors) between 0.95 and 0.99, and only judges features', () => {
    // x = 2·t + small noise: |r| ≈ 0.97
    const t = range(n).map((i) => i % 10);
    const x = t.map((v, i) => 2 * v + ((i * 7919) % 13) / 2.2);
    const r = reportFor(
      [
        { name: 'x', type: 'float', values: x },
        { name: 'copy_excluded', type: 'integer', values: t },
        { name: 't', type: 'integer', values: t },
      ],
      { target: 't', task: 'regression', roles: { copy_excluded: 'excluded' } },
    );
    const f = findingsOf(r, 'target_leakage');
    expect(f.map((q) => [q.columns[0], q.severity])).toEqual([['x', 'warning']]);
    expect(f[0]?.evidence).toMatch(/\|Pearson r\| between x and t is 0\.9[5-8]\d/);
  });
});
