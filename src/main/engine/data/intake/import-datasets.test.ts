/**
 * Real datasets (see the datasets README). Expected counts were checked independently with awk,
 * e.g. awk -F, 'NR>1 && $2=="?"' adult_train.csv | wc -l → 1836.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ColumnType, InferenceEvidence } from '../../../../shared/data.js';
import { missingCount } from '../table/cells.js';
import type { ImportedTable } from './import-file.js';
import { cells, column, datasetsDir, load } from './test-helpers.js';

const dir = datasetsDir();

function dictCounts(t: ImportedTable, name: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of cells(t, name)) {
    const k = String(v);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

describe('adult_train.csv', () => {
  const path = join(dir, 'adult_train.csv');
  let t: ImportedTable;
  beforeAll(async () => {
    t = await load(path);
  });

  it('has 32,561 rows, 15 columns, row ids 0..n-1', () => {
    expect(t.table.rowCount).toBe(32_561);
    expect(t.table.columns).toHaveLength(15);
    expect(t.table.rowIds.length).toBe(32_561);
    expect(t.table.rowIds[0]).toBe(0);
    expect(t.table.rowIds[32_560]).toBe(32_560);
    expect(t.format).toBe('csv');
    expect(t.bytes).toBe(readFileSync(path).length);
  });

  it('reads ? as missing', () => {
    expect(missingCount(column(t, 'workclass').data)).toBe(1836);
    expect(missingCount(column(t, 'occupation').data)).toBe(1843);
    expect(missingCount(column(t, 'native-country').data)).toBe(583);
    expect(t.evidence.workclass?.missing).toBe(1836);
    expect(missingCount(column(t, 'age').data)).toBe(0);
  });

  it('infers sensible types', () => {
    const types = Object.fromEntries(t.table.columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({
      age: 'integer',
      workclass: 'categorical',
      fnlwgt: 'integer',
      education: 'categorical',
      'education-num': 'integer',
      'marital-status': 'categorical',
      occupation: 'categorical',
      relationship: 'categorical',
      race: 'categorical',
      sex: 'categorical',
      'capital-gain': 'integer',
      'capital-loss': 'integer',
      'hours-per-week': 'integer',
      'native-country': 'categorical',
      income: 'categorical',
    });
    for (const v of Object.values(t.inferred)) ColumnType.parse(v);
    for (const e of Object.values(t.evidence)) InferenceEvidence.parse(e);
  });

  it('reads the values', () => {
    const income = column(t, 'income').data;
    expect(income.storage === 'dict' && [...income.dictionary].sort()).toEqual(['<=50K', '>50K']);
    expect(dictCounts(t, 'income')).toEqual({ '<=50K': 24_720, '>50K': 7841 });
    expect(cells(t, 'age').slice(0, 3)).toEqual([39, 50, 38]);
    expect(cells(t, 'fnlwgt')[0]).toBe(77_516);
    expect(cells(t, 'capital-gain')[0]).toBe(2174);
    expect(cells(t, 'education')[0]).toBe('Bachelors');
    const education = column(t, 'education').data;
    expect(education.storage === 'dict' && education.dictionary.length).toBe(16);
    // Every number equals a naive split of the file.
    const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1);
    const ages = cells(t, 'age');
    const hours = cells(t, 'hours-per-week');
    lines.forEach((line, i) => {
      const f = line.split(',');
      expect(ages[i]).toBe(Number(f[0]));
      expect(hours[i]).toBe(Number(f[12]));
    });
  });
});

describe('iris.csv', () => {
  let t: ImportedTable;
  beforeAll(async () => {
    t = await load(join(dir, 'iris.csv'));
  });
  it('150 rows, 4 floats and a 3-class categorical', () => {
    expect(t.table.rowCount).toBe(150);
    expect(t.table.columns.map((c) => c.type)).toEqual(['float', 'float', 'float', 'float', 'categorical']);
    expect(dictCounts(t, 'class')).toEqual({
      'Iris-setosa': 50,
      'Iris-versicolor': 50,
      'Iris-virginica': 50,
    });
    expect(cells(t, 'sepal_length').slice(0, 2)).toEqual([5.1, 4.9]);
    expect(cells(t, 'sepal_width')[1]).toBe(3);
  });
});

describe('breast_cancer_wdbc.csv', () => {
  let t: ImportedTable;
  beforeAll(async () => {
    t = await load(join(dir, 'breast_cancer_wdbc.csv'));
  });
  it('569 rows x 32 columns, diagnosis M/B, numeric features', () => {
    expect(t.table.rowCount).toBe(569);
    expect(t.table.columns).toHaveLength(32);
    expect(dictCounts(t, 'diagnosis')).toEqual({ B: 357, M: 212 });
    expect(column(t, 'id').type).toBe('integer');
    expect(cells(t, 'id')[0]).toBe(842_302);
    const features = t.table.columns.slice(2);
    expect(features.every((c) => c.type === 'float')).toBe(true);
    expect(cells(t, 'radius_mean')[0]).toBe(17.99);
    expect(cells(t, 'fractal_dimension_worst')[0]).toBe(0.1189);
  });
});

describe('winequality_red.csv', () => {
  let t: ImportedTable;
  beforeAll(async () => {
    t = await load(join(dir, 'winequality_red.csv'));
  });
  it('1,599 rows x 12 columns, decimals read exactly as the text says', () => {
    expect(t.table.rowCount).toBe(1_599);
    const lines = readFileSync(join(dir, 'winequality_red.csv'), 'utf8').trim().split('\n').slice(1);
    // Expected types from the text itself: integer where every value in the column is a whole number.
    const fields = lines.map((l) => l.split(','));
    const expected = Array.from({ length: 12 }, (_, c) =>
      fields.every((f) => /^-?\d+$/.test(f[c] ?? '')) ? 'integer' : 'float',
    );
    expect(expected.filter((x) => x === 'integer').length).toBeGreaterThan(0);
    expect(t.table.columns.map((c) => c.type)).toEqual(expected);
    const density = cells(t, 'density');
    const quality = cells(t, 'quality');
    lines.forEach((line, i) => {
      const f = line.split(',');
      expect(density[i]).toBe(Number(f[7]));
      expect(quality[i]).toBe(Number(f[11]));
    });
  });
});
