import { describe, expect, it } from 'vitest';
import type { DictData, NumberData } from '../../data/table/types.js';
import { importDataset } from '../../ml/train/adult-fixture.js';
import { sliceReport } from './slice-report.js';

/**
 * The Adult test file with a fixed rule as the "model": P(>50K) = 0.7 for men aged 40 or more,
 * else 0.2. Reference counts from the CSV with awk:
 *   awk -F, 'NR>1{ pred = ($10=="Male" && $1>=40); y = ($15==">50K"); n[$10]++; c[$10]+=(pred==y) } …'
 * → Male 10860 rows, 6837 right; Female 5421 rows, 4831 right; all 16281 rows, 11668 right;
 *   race: White 13946, Black 1561, Asian-Pac-Islander 480, Amer-Indian-Eskimo 159, Other 135; 16 educations.
 */
describe('sliceReport on the Adult test file', () => {
  it('slices by sex, race, education and age with counts that add up to the rows', async () => {
    const table = await importDataset('adult_test.csv');
    const column = (name: string) => {
      const c = table.columns.find((x) => x.name === name);
      if (!c) throw new Error(`no column ${name}`);
      return c.data;
    };
    const sex = column('sex') as DictData;
    const age = column('age') as NumberData;
    const income = column('income') as DictData;
    const n = table.rowCount;
    const rows = Int32Array.from({ length: n }, (_, i) => i);
    const male = sex.dictionary.indexOf('Male');
    const rich = income.dictionary.indexOf('>50K');
    const outputs = new Float32Array(2 * n);
    const actual = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      const p1 = sex.codes[r] === male && (age.values[r] as number) >= 40 ? 0.7 : 0.2;
      outputs[2 * r] = 1 - p1;
      outputs[2 * r + 1] = p1;
      actual[r] = income.codes[r] === rich ? 1 : 0;
    }
    const features = ['age', 'workclass', 'education', 'marital-status', 'race', 'sex', 'hours-per-week'];
    const report = sliceReport({
      table,
      rows,
      features,
      task: 'binary',
      outputs,
      width: 2,
      actual,
      labelNames: ['<=50K', '>50K'],
    });

    expect(n).toBe(16281);
    expect(report.overall).toBeCloseTo(11668 / 16281, 12);
    for (const f of features) {
      const total = report.slices.filter((s) => s.feature === f).reduce((a, s) => a + s.rows, 0);
      expect(total, f).toBe(n);
    }
    const bySex = report.slices.filter((s) => s.feature === 'sex');
    expect(bySex.map((s) => [s.value, s.rows, s.metrics.accuracy])).toEqual([
      ['Male', 10860, expect.closeTo(6837 / 10860, 12)],
      ['Female', 5421, expect.closeTo(4831 / 5421, 12)],
    ]);
    // Men: 0.630 vs 0.717 overall, far beyond 2 standard errors (≈ 0.009) at 10860 rows.
    expect(bySex[0]?.flagReason).toBe('accuracy 0.630 vs 0.717 overall (−0.087, 10860 rows)');
    expect(bySex[1]?.flagged).toBe(false);
    expect(
      Object.fromEntries(report.slices.filter((s) => s.feature === 'race').map((s) => [s.value, s.rows])),
    ).toEqual({
      White: 13946,
      Black: 1561,
      'Asian-Pac-Islander': 480,
      'Amer-Indian-Eskimo': 159,
      Other: 135,
    });
    expect(report.slices.filter((s) => s.feature === 'education')).toHaveLength(16);
    const ageBins = report.slices.filter((s) => s.feature === 'age');
    expect(ageBins.length).toBeGreaterThanOrEqual(4);
    expect(ageBins.every((s) => s.kind === 'bin' && /^\[\d+, \d+[)\]]$/.test(s.value))).toBe(true);
    // Worst first.
    const deltas = report.slices.map((s) => s.delta);
    expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
    // A slice with both classes has a ROC-AUC; all-women slices score every row 0.2, so theirs is 0.5.
    expect(bySex[1]?.metrics.roc_auc).toBe(0.5);
  });
});
