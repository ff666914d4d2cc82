import { describe, expect, it } from 'vitest';
import {
  CREDIT_CLASSES,
  CREDIT_COLUMNS,
  CREDIT_TARGET,
  type CreditSample,
  creditCsv,
  creditRows,
  creditStream,
  EMPLOYMENTS,
  REGIONS,
} from './credit-stream.js';

const before = creditRows(4000, { seed: 11, drifted: false });
const after = creditRows(4000, { seed: 11, drifted: true });

const mean = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / xs.length;
const share = (s: CreditSample[], pred: (x: CreditSample) => boolean): number =>
  s.filter(pred).length / s.length;
const defaultRate = (s: CreditSample[]): number => share(s, (x) => x.label === 'yes');

describe('creditRows', () => {
  it('is deterministic in the seed and differs across seeds and regimes', () => {
    expect(creditRows(50, { seed: 3, drifted: false })).toEqual(creditRows(50, { seed: 3, drifted: false }));
    expect(creditRows(50, { seed: 3, drifted: true })).toEqual(creditRows(50, { seed: 3, drifted: true }));
    expect(creditRows(50, { seed: 4, drifted: false })).not.toEqual(
      creditRows(50, { seed: 3, drifted: false }),
    );
    const pre = creditRows(50, { seed: 3, drifted: false }).map((s) => s.features.income);
    const post = creditRows(50, { seed: 3, drifted: true }).map((s) => s.features.income);
    expect(post).not.toEqual(pre);
    // A longer run starts with the shorter run's rows: n only decides where the stream stops.
    expect(creditRows(80, { seed: 3, drifted: false }).slice(0, 50)).toEqual(
      creditRows(50, { seed: 3, drifted: false }),
    );
  });

  it('gives n rows with sensible, rounded values of the declared types', () => {
    expect(creditRows(0, { seed: 1, drifted: false })).toEqual([]);
    const int = Number.isInteger;
    // Collect offenders rather than asserting per row: one clear failure, and fast.
    const bad = [...before, ...after].filter(({ features: f, label }) => {
      const ok =
        int(f.income) &&
        f.income >= 5_000 &&
        f.income <= 500_000 &&
        f.debt_ratio > 0 &&
        f.debt_ratio < 1 &&
        Math.round(f.debt_ratio * 1000) / 1000 === f.debt_ratio &&
        int(f.age) &&
        f.age >= 21 &&
        f.age <= 90 &&
        int(f.credit_lines) &&
        f.credit_lines >= 1 &&
        int(f.late_payments) &&
        f.late_payments >= 0 &&
        f.late_payments <= 12 &&
        EMPLOYMENTS.includes(f.employment) &&
        REGIONS.includes(f.region) &&
        CREDIT_CLASSES.includes(label);
      return !ok;
    });
    expect(bad).toEqual([]);
    // Every category shows up in each regime.
    for (const s of [before, after]) {
      expect(new Set(s.map((x) => x.features.employment)).size).toBe(EMPLOYMENTS.length);
      expect(new Set(s.map((x) => x.features.region)).size).toBe(REGIONS.length);
    }
    expect(before).toHaveLength(4000);
  });

  it('has a base default rate near 30% before the onset and a higher one after', () => {
    expect(defaultRate(before)).toBeGreaterThan(0.25);
    expect(defaultRate(before)).toBeLessThan(0.36);
    expect(defaultRate(after)).toBeGreaterThan(defaultRate(before) + 0.08);
  });

  it('drifts income, debt ratio and employment but not region', () => {
    const incomeBefore = mean(before.map((s) => s.features.income));
    const incomeAfter = mean(after.map((s) => s.features.income));
    expect(incomeAfter).toBeLessThan(0.8 * incomeBefore);
    expect(incomeAfter).toBeGreaterThan(0.6 * incomeBefore);

    expect(mean(after.map((s) => s.features.debt_ratio))).toBeGreaterThan(
      mean(before.map((s) => s.features.debt_ratio)) + 0.12,
    );

    const precarious = (s: CreditSample): boolean =>
      s.features.employment === 'unemployed' || s.features.employment === 'self-employed';
    expect(share(after, precarious)).toBeGreaterThan(share(before, precarious) + 0.15);

    for (const region of REGIONS) {
      const a = share(before, (s) => s.features.region === region);
      const b = share(after, (s) => s.features.region === region);
      expect(a).toBeGreaterThan(0.22);
      expect(a).toBeLessThan(0.28);
      expect(Math.abs(a - b)).toBeLessThan(0.03);
    }
  });

  it('changes the relation: high debt ratios default far more often after the onset', () => {
    const highDebt = (s: CreditSample): boolean => s.features.debt_ratio > 0.45;
    const hiBefore = before.filter(highDebt);
    const hiAfter = after.filter(highDebt);
    expect(hiBefore.length).toBeGreaterThan(50);
    expect(defaultRate(hiAfter)).toBeGreaterThan(defaultRate(hiBefore) + 0.25);
    expect(defaultRate(hiAfter)).toBeGreaterThan(0.7);

    // Late payments stop separating the classes as well: rows with none still default often
    // after the onset (driven by debt), where before they almost never did.
    const noLate = (s: CreditSample): boolean => s.features.late_payments === 0;
    expect(defaultRate(before.filter(noLate))).toBeLessThan(0.1);
    expect(defaultRate(after.filter(noLate))).toBeGreaterThan(0.25);
  });
});

describe('creditStream', () => {
  it('puts `before` pre-drift rows first and marks the onset at the first drifted row', () => {
    const { samples, onset } = creditStream({ seed: 11, before: 300, after: 200 });
    expect(samples).toHaveLength(500);
    expect(onset).toBe(300);
    expect(samples.slice(0, onset)).toEqual(creditRows(300, { seed: 11, drifted: false }));
    expect(samples.slice(onset)).toEqual(creditRows(200, { seed: 11, drifted: true }));
    expect(creditStream({ seed: 11, before: 0, after: 5 }).onset).toBe(0);
  });
});

describe('creditCsv', () => {
  it('writes a header then one line per row that parses back to the same values', () => {
    const samples = creditRows(200, { seed: 5, drifted: true });
    const csv = creditCsv(samples);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('income,debt_ratio,age,credit_lines,late_payments,employment,region,default');
    expect(lines[0]?.split(',').at(-1)).toBe(CREDIT_TARGET);
    expect(lines).toHaveLength(201);

    const parsed = lines.slice(1).map((line): CreditSample => {
      const cells = line.split(',');
      expect(cells).toHaveLength(CREDIT_COLUMNS.length);
      const [income, debt, age, lines_, late, employment, region, label] = cells as string[];
      return {
        features: {
          income: Number(income),
          debt_ratio: Number(debt),
          age: Number(age),
          credit_lines: Number(lines_),
          late_payments: Number(late),
          employment: employment as CreditSample['features']['employment'],
          region: region as CreditSample['features']['region'],
        },
        label: label as CreditSample['label'],
      };
    });
    expect(parsed).toEqual(samples);
  });

  it('writes only the header for no rows', () => {
    expect(creditCsv([])).toBe(
      'income,debt_ratio,age,credit_lines,late_payments,employment,region,default\n',
    );
  });
});
