import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  QUALITY_CHECKS,
  type QualityReport,
  QualityReport as QualityReportSchema,
} from '../../../../shared/data.js';
import { computeProfile } from '../profile/profile.js';
import { DATASETS_DIR, readCsv } from '../profile/test-csv.js';
import { columnData, makeMeta } from '../profile/test-table.js';
import type { Table } from '../table/types.js';
import { qualityReport } from './quality-report.js';
import { findingsOf } from './test-report.js';

function run(table: Table, meta: ReturnType<typeof makeMeta>): QualityReport {
  return QualityReportSchema.parse(qualityReport(table, meta, computeProfile(table, meta)));
}

function rawLines(file: string): string[] {
  return readFileSync(join(DATASETS_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .slice(1);
}

describe('qualityReport on Adult (train)', () => {
  const { table, meta } = readCsv('adult_train.csv', { target: 'income', task: 'binary' });
  const report = run(table, meta);
  const lines = rawLines('adult_train.csv');

  it('runs every check once: each is passed, has findings, or is skipped with a reason', () => {
    const found = new Set(report.findings.map((f) => f.check));
    const skipped = new Set(report.skipped.map((s) => s.check));
    for (const c of QUALITY_CHECKS)
      expect([found.has(c), report.passed.includes(c), skipped.has(c)].filter(Boolean)).toHaveLength(1);
    // Adult has a target but no split: only the split-based check is skipped.
    expect(report.skipped).toEqual([
      { check: 'unseen_categories', reason: 'the version has no train / validation / test split yet' },
    ]);
    expect(report.versionId).toBe('adult_train.csv');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds the 24 duplicate rows (independently: raw lines minus distinct raw lines)', () => {
    const expected = lines.length - new Set(lines).size;
    expect(expected).toBe(24);
    const [f] = findingsOf(report, 'duplicate_rows');
    expect(f?.title).toBe('24 duplicate rows');
    expect(f?.evidence).toContain('24 of 32,561 rows (0.07%)');
    expect(f?.evidence).toContain('23 distinct rows occur more than once');
    const m = /row ([\d,]+) repeats row ([\d,]+)/.exec(f?.evidence ?? '');
    const a = Number((m?.[1] ?? '0').replace(/,/g, ''));
    const b = Number((m?.[2] ?? '0').replace(/,/g, ''));
    expect(a).toBeGreaterThan(b);
    expect(lines[a - 1]).toBe(lines[b - 1]);
  });

  it('reports the three columns with "?" values with their real counts', () => {
    const header =
      'age,workclass,fnlwgt,education,education-num,marital-status,occupation,relationship,race,sex,capital-gain,capital-loss,hours-per-week,native-country,income'.split(
        ',',
      );
    const count = (name: string) => lines.filter((l) => l.split(',')[header.indexOf(name)] === '?').length;
    const missing = findingsOf(report, 'high_missing');
    expect(missing.map((f) => [f.columns[0], f.severity])).toEqual([
      ['workclass', 'warning'],
      ['occupation', 'warning'],
      ['native-country', 'info'],
    ]);
    expect(count('workclass')).toBe(1836);
    expect(missing[0]?.evidence).toBe('workclass: 1,836 of 32,561 values (5.6%) are missing.');
    expect(count('occupation')).toBe(1843);
    expect(missing[1]?.evidence).toBe('occupation: 1,843 of 32,561 values (5.7%) are missing.');
    expect(count('native-country')).toBe(583);
    expect(missing[2]?.evidence).toBe('native-country: 583 of 32,561 values (1.8%) are missing.');
    expect(missing[0]?.fix).toEqual([
      { op: 'impute', columns: ['workclass'], strategy: 'mode', addIndicator: true },
    ]);
  });

  it("flags native-country's rare categories, no class imbalance and no leakage", () => {
    const rare = findingsOf(report, 'rare_categories').find((f) => f.columns[0] === 'native-country');
    expect(rare?.title).toBe('native-country has 39 rare categories');
    expect(rare?.evidence).toContain('rarest: Holand-Netherlands (1), Scotland (12)');
    // 24.08% >50K is above the 20% warning line
    expect(report.passed).toContain('class_imbalance');
    expect(report.passed).toContain('target_leakage');
    expect(report.passed).toContain('identifier_like');
  });

  it('flags fnlwgt only for its extreme values (it is neither an id, nor missing, nor leaking)', () => {
    const about = report.findings.filter((f) => f.columns.includes('fnlwgt'));
    expect(about.map((f) => f.check)).toEqual(['extreme_outliers']);
    // fences: Q1 117,827, Q3 237,051 → Q3 + 3·IQR = 594,723 (above mean + 3·std = 506,428)
    const expected = lines.filter((l) => Number(l.split(',')[2]) > 594_723).length;
    expect(about[0]?.title).toBe(`fnlwgt has ${expected} extreme values`);
  });

  it('still checks excluded columns for missing values', () => {
    const excluded = makeMeta(table, {
      versionId: 'x',
      target: 'income',
      task: 'binary',
      roles: { workclass: 'excluded' },
    });
    const r = run(table, excluded);
    expect(findingsOf(r, 'high_missing').map((f) => f.columns[0])).toContain('workclass');
  });
});

describe('qualityReport on Bank', () => {
  it('flags the 11.7% "yes" class as imbalanced (warning)', () => {
    const { table, meta } = readCsv('bank_full.csv', { target: 'y', task: 'binary' });
    const report = run(table, meta);
    const [f] = findingsOf(report, 'class_imbalance');
    expect(f?.severity).toBe('warning');
    expect(f?.evidence).toContain('y: no 39,922 (88.3%), yes 5,289 (11.7%)');
    // duration is leakage by meaning (known only after the call), but its η with y is 0.39:
    // no statistic can tell, so the report does not claim it.
    expect(report.passed).toContain('target_leakage');
  });
});

describe('qualityReport on injected problems', () => {
  it('flags a copy of the target as leakage (error)', () => {
    const { table } = readCsv('adult_train.csv');
    const income = table.columns.find((c) => c.name === 'income');
    if (!income) throw new Error('no income column');
    table.columns.push({ name: 'income_copy', type: 'categorical', data: income.data });
    const report = run(table, makeMeta(table, { target: 'income', task: 'binary' }));
    const f = findingsOf(report, 'target_leakage');
    expect(f.map((x) => [x.columns[0], x.severity])).toEqual([['income_copy', 'error']]);
    expect(f[0]?.evidence).toContain("Cramér's V between income_copy and income is 1.000");
    expect(report.findings[0]?.id).toBe('target_leakage:income_copy'); // errors come first
  });

  it('flags a constant column and a customer_id identifier', () => {
    const { table } = readCsv('bank_full.csv');
    const n = table.rowCount;
    table.columns.push({
      name: 'country',
      type: 'categorical',
      data: columnData('categorical', Array(n).fill('PT')),
    });
    table.columns.push({
      name: 'customer_id',
      type: 'identifier',
      data: columnData(
        'identifier',
        Array.from({ length: n }, (_, i) => `CUST-${String(i).padStart(6, '0')}`),
      ),
    });
    const report = run(table, makeMeta(table, { target: 'y', task: 'binary' }));
    expect(findingsOf(report, 'constant_column').map((f) => f.id)).toEqual(['constant_column:country']);
    expect(findingsOf(report, 'constant_column')[0]?.evidence).toBe(
      'country: all 45,211 non-missing values are "PT"; it cannot help a model.',
    );
    expect(findingsOf(report, 'identifier_like').map((f) => f.id)).toEqual(['identifier_like:customer_id']);
  });
});
