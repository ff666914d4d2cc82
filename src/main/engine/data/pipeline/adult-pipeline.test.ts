import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeaturePipeline, PipelineOptions, SplitSpec } from '../../../../shared/data.js';
import { cellsOf, DATASETS_DIR, readNaiveCsv, schemaOf } from '../recipes/test-table.js';
import { computeSplit } from '../split/compute-split.js';
import { fitPipeline } from './fit-pipeline.js';
import { transformRecords, transformTable } from './transform.js';

const adult = readNaiveCsv('adult_train.csv');
const lines = readFileSync(`${DATASETS_DIR}/adult_train.csv`, 'utf8').trim().split('\n');
const header = (lines[0] as string).split(',');
const rows = lines.slice(1).map((l) => l.split(','));
const CATEGORICAL = [
  'workclass',
  'education',
  'marital-status',
  'occupation',
  'relationship',
  'race',
  'sex',
  'native-country',
];
const NUMERIC = ['age', 'fnlwgt', 'education-num', 'capital-gain', 'capital-loss', 'hours-per-week'];

const split = computeSplit(adult, SplitSpec.parse({ method: 'stratified', seed: 7 }), {
  name: 'income',
  task: 'binary',
});
// Move every row of one rare country to test, so that category is seen only outside train.
const col = header.indexOf('native-country');
rows.forEach((r, i) => {
  if (r[col] === 'Holand-Netherlands') split[i] = 2;
});
const meta = {
  versionId: 'adult-v1',
  columns: schemaOf(adult, { income: 'target' }),
  target: 'income',
  task: 'binary' as const,
};
const pipeline = fitPipeline(adult, meta, split, PipelineOptions.parse({}));

/** Category → count over the train rows, straight from the file. */
function trainCounts(name: string): Map<string, number> {
  const j = header.indexOf(name);
  const m = new Map<string, number>();
  rows.forEach((r, i) => {
    const v = r[j] as string;
    if (split[i] === 0 && v !== '?') m.set(v, (m.get(v) ?? 0) + 1);
  });
  return m;
}

const trainHasMissing = (name: string) =>
  rows.some((r, i) => split[i] === 0 && r[header.indexOf(name)] === '?');

describe('the feature pipeline on Adult', () => {
  it('has one slot per numeric column and vocabulary + unknown (+ missing) per categorical column', () => {
    const expectedWidth =
      NUMERIC.length +
      CATEGORICAL.reduce((w, name) => w + trainCounts(name).size + 1 + (trainHasMissing(name) ? 1 : 0), 0);
    expect(pipeline.denseWidth).toBe(expectedWidth);
    expect(pipeline.denseNames.length).toBe(expectedWidth);
    expect(pipeline.denseNames.slice(0, 2)).toEqual(['age', 'workclass=Private']);
    const workclass = trainCounts('workclass');
    const names = pipeline.denseNames.filter((n) => n.startsWith('workclass'));
    expect(names).toEqual([
      ...[...workclass].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => `workclass=${v}`),
      'workclass=<unknown>',
      'workclass_missing',
    ]);
    expect(workclass.size).toBe(8);
    expect(pipeline.target).toEqual({
      column: 'income',
      task: 'binary',
      classes: ['<=50K', '>50K'],
      center: 0,
      scale: 1,
    });
    expect(pipeline.fittedOn.rows).toBe(split.filter((a) => a === 0).length);
    expect(FeaturePipeline.parse(JSON.parse(JSON.stringify(pipeline)))).toEqual(pipeline);
  });

  it('takes vocabularies from train rows only', () => {
    for (const name of CATEGORICAL) {
      const f = pipeline.features.find((x) => x.column === name);
      expect(f?.kind === 'categorical' && new Set(f.vocabulary)).toEqual(new Set(trainCounts(name).keys()));
    }
    const country = pipeline.features.find((x) => x.column === 'native-country');
    expect(country?.kind === 'categorical' && country.vocabulary.includes('Holand-Netherlands')).toBe(false);
  });

  it('standardises numeric columns with train statistics', () => {
    const j = header.indexOf('age');
    const train = rows.filter((_, i) => split[i] === 0).map((r) => Number(r[j]));
    const mean = train.reduce((a, b) => a + b, 0) / train.length;
    const std = Math.sqrt(train.reduce((a, b) => a + (b - mean) ** 2, 0) / train.length);
    const age = pipeline.features[0];
    expect(age?.kind).toBe('numeric');
    expect((age as { center: number }).center).toBeCloseTo(mean, 9);
    expect((age as { scale: number }).scale).toBeCloseTo(std, 9);
  });

  it('transforms test rows from the table and as records to the same numbers, all finite', () => {
    const test = Int32Array.from(Array.from(split).flatMap((a, i) => (a === 2 ? [i] : [])));
    const fromTable = transformTable(pipeline, adult, test);
    const cols = adult.columns.map((c) => [c.name, cellsOf(adult, c.name)] as const);
    const records = Array.from(test, (r) =>
      Object.fromEntries(cols.map(([name, cells]) => [name, cells[r]])),
    );
    const fromRecords = transformRecords(pipeline, records);
    const bytes = (a: Float32Array | null) => Buffer.from(a?.buffer ?? new ArrayBuffer(0));
    expect(fromRecords.dense.length).toBe(test.length * pipeline.denseWidth);
    expect(bytes(fromRecords.dense).equals(bytes(fromTable.dense))).toBe(true);
    expect(bytes(fromRecords.target).equals(bytes(fromTable.target))).toBe(true);
    expect(fromTable.dense.every(Number.isFinite)).toBe(true);
    // The Dutch row (country seen only in test) lands in native-country=<unknown>.
    const dutch = rows.findIndex((r) => r[col] === 'Holand-Netherlands');
    const k = test.indexOf(dutch);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(
      fromTable.dense[k * pipeline.denseWidth + pipeline.denseNames.indexOf('native-country=<unknown>')],
    ).toBe(1);
    // Each one-hot block has exactly one 1 per row.
    const block = pipeline.denseNames.flatMap((n, i) => (n.startsWith('sex=') ? [i] : []));
    const sums = Array.from({ length: fromTable.rowCount }, (_, r) =>
      block.reduce((s, i) => s + (fromTable.dense[r * pipeline.denseWidth + i] as number), 0),
    );
    expect(sums.every((s) => s === 1)).toBe(true);
  });
});
