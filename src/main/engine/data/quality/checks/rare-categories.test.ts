import { describe, expect, it } from 'vitest';
import { findingsOf, range, reportFor } from '../test-report.js';

describe('rare_categories', () => {
  it('reports categories under 1% when one has fewer than 30 rows, and groups them all', () => {
    // 5,000 rows: a 2,500, b 2,400, c 60 (1.2%), d 35 (0.7%), e 5 (0.1%)
    const values = range(5000).map((i) =>
      i < 2500 ? 'a' : i < 4900 ? 'b' : i < 4960 ? 'c' : i < 4995 ? 'd' : 'e',
    );
    const r = reportFor([{ name: 'cat', type: 'categorical', values }]);
    const [f] = findingsOf(r, 'rare_categories');
    expect(f?.severity).toBe('info');
    expect(f?.title).toBe('cat has 2 rare categories');
    expect(f?.evidence).toContain(
      '2 of 5 categories each hold under 1% of the 5,000 non-missing values (40 rows, 0.8%, in all); rarest: e (5), d (35)',
    );
    expect(f?.fix).toEqual([{ op: 'group_rare', column: 'cat', minShare: 0.01, other: '(other)' }]);
  });

  it('passes when the rare categories still have 30+ rows, or there are 10 rows or fewer', () => {
    const big = range(10_000).map((i) => (i < 50 ? 'r' : i % 2 ? 'a' : 'b')); // r: 0.5% but 50 rows
    expect(reportFor([{ name: 'c', type: 'categorical', values: big }]).passed).toContain('rare_categories');
    const tiny = range(10).map((i) => `v${i}`);
    expect(reportFor([{ name: 'c', type: 'categorical', values: tiny }]).passed).toContain('rare_categories');
  });
});
