import { describe, expect, it } from 'vitest';
import type { TableColumn } from '../../data/table/types.js';
import { buildTable } from '../../test-support/build-table.js';
import { uniformStream } from './random.js';
import { reweightPlan } from './reweight.js';

const column = (type: 'categorical' | 'text', values: (string | null)[]) =>
  buildTable([{ name: 'sex', type, values }]).columns[0] as TableColumn;
const repeat = (v: string | null, k: number) => Array.from({ length: k }, () => v);

describe('reweightPlan', () => {
  // 300 rows: Male 196, Female 100, Other 2 (< 1 %, never boosted), 2 missing.
  const values = [...repeat('Male', 196), ...repeat('Female', 100), ...repeat('Other', 2), null, null];
  const all = Int32Array.from(values.keys());

  it('makes the least common category with ≥ 1 % of rows half of the resample', () => {
    const plan = reweightPlan('sex', column('categorical', values), all, uniformStream(1, 2));
    expect(plan?.category).toBe('Female');
    expect(plan?.share).toBeCloseTo(1 / 3, 12);
    expect(plan?.description).toBe('sex: Female 33% → 50%');
    const pos = plan?.positions as Int32Array;
    expect(pos).toHaveLength(300);
    const female = Array.from(pos).filter((p) => values[p] === 'Female').length;
    expect(female).toBe(150);
    // The other half comes from every other row: mostly Male (196 of the 200 other rows).
    const male = Array.from(pos).filter((p) => values[p] === 'Male').length;
    expect(male).toBeGreaterThan(135);
    expect(male).toBeLessThanOrEqual(150);
  });

  it('reads text-stored categories and is the same for the same stream', () => {
    const a = reweightPlan('sex', column('text', values), all, uniformStream(1, 2));
    const b = reweightPlan('sex', column('categorical', values), all, uniformStream(1, 2));
    expect(a?.description).toBe('sex: Female 33% → 50%');
    expect(a?.positions).toEqual(b?.positions);
  });

  it('works on the evaluated rows only', () => {
    // Rows 150..295: Male 46, Female 100 → Male is the minority there.
    const rows = Int32Array.from({ length: 146 }, (_, i) => 150 + i);
    const plan = reweightPlan('sex', column('categorical', values), rows, uniformStream(1, 2));
    expect(plan?.description).toBe('sex: Male 32% → 50%');
    expect(Array.from(plan?.positions ?? []).every((p) => p >= 0 && p < 146)).toBe(true);
  });

  it('gives nothing for a single category or when none qualifies', () => {
    expect(
      reweightPlan(
        'sex',
        column('categorical', repeat('a', 10)),
        Int32Array.from(Array(10).keys()),
        Math.random,
      ),
    ).toBeNull();
    const even = [...repeat('a', 5), ...repeat('b', 5)];
    expect(
      reweightPlan('sex', column('categorical', even), Int32Array.from(even.keys()), Math.random),
    ).toBeNull();
  });
});
