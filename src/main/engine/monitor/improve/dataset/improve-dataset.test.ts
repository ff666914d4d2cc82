import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../../../../shared/data.js';
import type { JobRecord } from '../../../../../shared/jobs.js';
import { computeSplit } from '../../../data/split/compute-split.js';
import type { VersionManifest } from '../../../data/store/datasets-store.js';
import { cellAt } from '../../../data/table/cells.js';
import { loadTable } from '../../../data/table/load.js';
import type { Table } from '../../../data/table/types.js';
import { defaultSplit } from '../../../ml/run/load-training-data.js';
import { idOf } from '../../window/test-support/request-log-db.js';
import { improveDatasetCommit } from './commit.js';
import type { ImproveDatasetResult, ImproveDatasetWorkerResult } from './params.js';
import { assignProductionRows } from './production-split.js';
import {
  type ImproveWorkspace,
  logFeedback,
  logRequests,
  openImproveWorkspace,
  seedDataset,
  seedWithSplit,
} from './test-workspace.js';

let w: ImproveWorkspace;
beforeAll(() => {
  w = openImproveWorkspace();
});
afterAll(async () => {
  await w?.close();
});

const SPEC = { method: 'random' as const, train: 0.6, validation: 0.2, test: 0.2, seed: 3 };
const BASE_ROWS = 20;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A churn dataset: an excluded id, features of every kind, a categorical target. */
function seedChurn(name: string) {
  return seedWithSplit(
    w,
    name,
    [
      { name: 'id', type: 'identifier', values: range(BASE_ROWS).map((i) => `c-${i}`) },
      { name: 'age', type: 'integer', values: range(BASE_ROWS).map((i) => 20 + i) },
      { name: 'income', type: 'float', values: range(BASE_ROWS).map((i) => i * 100.5) },
      { name: 'plan', type: 'categorical', values: range(BASE_ROWS).map((i) => (i % 2 ? 'pro' : 'basic')) },
      { name: 'member', type: 'boolean', values: range(BASE_ROWS).map((i) => i % 3 === 0) },
      {
        name: 'signup',
        type: 'datetime',
        values: range(BASE_ROWS).map((i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString()),
      },
      {
        name: 'comment',
        type: 'text',
        values: range(BASE_ROWS).map((i) => (i % 4 === 0 ? null : `base ${i}`)),
      },
      {
        name: 'churn',
        type: 'categorical',
        values: range(BASE_ROWS).map((i) => (i % 3 === 0 ? 'yes' : 'no')),
      },
    ],
    { name: 'churn', task: 'binary' },
    SPEC,
  );
}

/** Production row i of the churn model, as a client sent it (with its id; without the target). */
const sent = (i: number) => ({
  id: `p-${i}`,
  age: 40 + i,
  income: 5000 + i * 0.25,
  plan: i % 5 === 0 ? 'enterprise' : i % 2 ? 'pro' : 'basic',
  member: i % 2 === 0,
  signup: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
  comment: i % 6 === 0 ? null : `prod ${i}`,
});
const PRODUCTION = 35;
const atOf = (i: number) => 2000 + 10 * Math.floor(i / 2);
/** The label row i ends with: row 10 was relabelled no → yes; 4 got 'NA' (not a class: skipped); 7 and 8 none. */
const labelOf = (i: number) => (i === 10 || i % 3 === 0 ? 'yes' : 'no');
const UNUSABLE = new Set([4, 7, 8]);

/**
 * Rows 0..34 of churn-model after t=1000, two per request (ids 1..35); three labeled rows at or
 * before t=1000 (ids 100..102) and another model's labeled row, none of which may be added.
 */
function churnTraffic(): void {
  const classes = ['no', 'yes'];
  logRequests(w, [
    {
      model: 'churn-model',
      format: 'v1-instances',
      first: 100,
      at: 500,
      classes,
      outputs: [0.5, 0.5, 0.5, 0.5],
      records: [sent(90), sent(91)],
    },
    {
      model: 'churn-model',
      format: 'v1-instances',
      first: 102,
      at: 1000,
      classes,
      outputs: [0.5, 0.5],
      records: [sent(92)],
    },
    {
      model: 'other',
      format: 'v1-instances',
      first: 200,
      at: 3000,
      classes,
      outputs: [0.5, 0.5],
      records: [sent(93)],
    },
    ...range(Math.ceil(PRODUCTION / 2)).map((r) => {
      const rows = [2 * r, 2 * r + 1].filter((i) => i < PRODUCTION);
      return {
        model: 'churn-model',
        format: 'v1-instances' as const,
        first: 2 * r + 1,
        at: atOf(2 * r),
        classes,
        outputs: rows.flatMap(() => [0.7, 0.3]),
        records: rows.map(sent),
      };
    }),
  ]);
  logFeedback(w, [
    ...range(PRODUCTION)
      .filter((i) => i !== 7 && i !== 8)
      .map((i) => ({
        predictionId: idOf(i + 1),
        label: i === 4 ? 'NA' : i === 10 ? 'no' : labelOf(i),
        at: 5000,
      })),
    { predictionId: idOf(11), label: 'yes', at: 5001 },
    { predictionId: idOf(100), label: 'yes', at: 5000 },
    { predictionId: idOf(101), label: 'yes', at: 5000 },
    { predictionId: idOf(102), label: 'yes', at: 5000 },
    { predictionId: idOf(200), label: 'yes', at: 5000 },
  ]);
}

function load(versionId: string): { v: VersionManifest; table: Table } {
  const { datasets, columns } = w.data;
  const v = datasets.requireVersion(versionId);
  return { v, table: loadTable(columns, v) };
}

function rowOf(table: Table, i: number): Record<string, Cell> {
  return Object.fromEntries(table.columns.map((c) => [c.name, cellAt(c, i)]));
}

/** Production row i as the new version should hold it. */
const expectedRow = (i: number): Record<string, Cell> => ({ ...sent(i), churn: labelOf(i) });

function splitOf(v: VersionManifest): number[] {
  return Array.from(w.data.columns.getUint8(v.split?.blob ?? ''));
}

function resultOf(job: JobRecord): ImproveDatasetResult {
  expect(job.error).toBeNull();
  expect(job.status).toBe('succeeded');
  return job.result as ImproveDatasetResult;
}

describe('improve.dataset: the champion’s training data plus labeled production rows', () => {
  it('keeps the base rows and their split, adds the newest labeled rows, repeats only train rows, and a recent window', async () => {
    const ids = seedChurn('churn');
    churnTraffic();
    const base = load(ids.versionId);

    const result = resultOf(
      await w.improve({
        modelName: 'churn-model',
        baseVersionId: ids.versionId,
        sinceAt: 1000,
        maxRows: 30,
        recencyWeight: 3,
        seed: 11,
        note: '',
      }),
    );
    // 35 rows after t=1000; 7 and 8 unlabelled, 4 labelled 'NA' (skipped); the newest 30 of the
    // other 32 kept, so rows 0 and 1 are left out.
    const kept = range(PRODUCTION).filter((i) => !UNUSABLE.has(i) && i >= 2);
    expect(kept).toHaveLength(30);
    const assignment = assignProductionRows(30, SPEC, 11);
    const train = range(30).filter((k) => assignment[k] === 0);
    const heldOut = range(30).filter((k) => assignment[k] !== 0);
    expect([train.length, heldOut.length]).toEqual([18, 12]);
    expect(result).toEqual({
      datasetId: ids.datasetId,
      versionId: expect.any(String),
      recentVersionId: expect.any(String),
      productionRows: 30,
      heldOutRows: 12,
      repeatedRows: 36,
      skippedLabels: 1,
      dataUntil: atOf(34),
    });

    const { v, table } = load(result.versionId as string);
    expect(v).toMatchObject({
      parentId: ids.versionId,
      recipe: null,
      note: 'v1 training data + 30 labeled production rows (recency ×3)',
      rows: BASE_ROWS + 30 + 36,
      target: 'churn',
      task: 'binary',
    });
    expect(v.columns.map((c) => [c.name, c.type, c.role])).toEqual(
      base.v.columns.map((c) => [c.name, c.type, c.role]),
    );
    expect(v.columns.find((c) => c.name === 'id')?.role).toBe('excluded');
    // Row ids: the base's, then new ones after them, ascending.
    expect(Array.from(table.rowIds)).toEqual(range(BASE_ROWS + 66));

    // Old rows and their split part unchanged.
    for (let r = 0; r < BASE_ROWS; r++) expect(rowOf(table, r)).toEqual(rowOf(base.table, r));
    const split = splitOf(v);
    expect(split.slice(0, BASE_ROWS)).toEqual(splitOf(base.v));
    // Production rows: what was sent, with the label fed back, in their seeded part.
    kept.forEach((i, k) => {
      expect(rowOf(table, BASE_ROWS + k)).toEqual(expectedRow(i));
    });
    expect(split.slice(BASE_ROWS, BASE_ROWS + 30)).toEqual(Array.from(assignment));
    // The unseen category joins the dictionary after the known ones; base codes keep their meaning.
    const plan = table.columns.find((c) => c.name === 'plan')?.data;
    const basePlan = base.table.columns.find((c) => c.name === 'plan')?.data;
    expect(plan?.storage === 'dict' && basePlan?.storage === 'dict').toBe(true);
    if (plan?.storage === 'dict' && basePlan?.storage === 'dict') {
      expect(plan.dictionary).toEqual([...basePlan.dictionary, 'enterprise']);
      expect(Array.from(plan.codes.subarray(0, BASE_ROWS))).toEqual(Array.from(basePlan.codes));
    }
    // Recency: two more copies of each train row (never a held-out one), all in train.
    const copies = range(36).map((j) => rowOf(table, BASE_ROWS + 30 + j));
    expect(copies).toEqual([...train, ...train].map((k) => expectedRow(kept[k] as number)));
    expect(split.slice(BASE_ROWS + 30)).toEqual(new Array(36).fill(0));
    const baseCounts = base.v.split?.counts ?? { train: 0, validation: 0, test: 0 };
    expect(v.split?.spec).toEqual(base.v.split?.spec);
    expect(v.split?.counts).toEqual({
      train: baseCounts.train + 18 + 36,
      validation: baseCounts.validation + assignment.filter((a) => a === 1).length,
      test: baseCounts.test + assignment.filter((a) => a === 2).length,
    });

    // The recent window: the held-out rows only, once, with the ids they have in the training version.
    const recent = load(result.recentVersionId as string);
    expect(recent.v).toMatchObject({
      parentId: ids.versionId,
      rows: 12,
      split: null,
      target: 'churn',
      task: 'binary',
    });
    expect(recent.v.note).toMatch(/^recent window: 12 held-out labeled production rows of churn-model/);
    expect(Array.from(recent.table.rowIds)).toEqual(heldOut.map((k) => BASE_ROWS + k));
    expect(range(12).map((r) => rowOf(recent.table, r))).toEqual(
      heldOut.map((k) => expectedRow(kept[k] as number)),
    );

    expect(w.data.datasets.requireDataset(ids.datasetId).versions.map((x) => x.id)).toEqual([
      ids.versionId,
      result.versionId,
      result.recentVersionId,
    ]);

    // Again from the same base, keeping every row: only rows after sinceAt count (32, not the 3
    // labeled ones at or before t=1000), and new ids do not reuse the first job's.
    const again = resultOf(
      await w.improve({
        modelName: 'churn-model',
        baseVersionId: ids.versionId,
        sinceAt: 1000,
        maxRows: 1000,
        recencyWeight: 1,
        seed: 11,
        note: 'my note',
      }),
    );
    expect(again).toMatchObject({
      productionRows: 32,
      repeatedRows: 0,
      skippedLabels: 1,
      dataUntil: atOf(34),
    });
    const second = load(again.versionId as string);
    expect(second.v.note).toBe('my note');
    expect(second.v.rows).toBe(BASE_ROWS + 32);
    expect(Array.from(second.table.rowIds.subarray(BASE_ROWS))).toEqual(
      range(32).map((k) => BASE_ROWS + 66 + k),
    );
    expect(rowOf(second.table, BASE_ROWS)).toEqual(expectedRow(0));
  });

  it('stores nothing when there are no labeled production rows', async () => {
    const ids = seedChurn('churn-quiet');
    logRequests(w, [
      {
        model: 'quiet-model',
        format: 'v1-instances',
        first: 5000,
        at: 2000,
        classes: ['no', 'yes'],
        outputs: [0.2, 0.8],
        records: [sent(1)],
      },
    ]);
    const params = { baseVersionId: ids.versionId, maxRows: 10, recencyWeight: 2, seed: 1, note: '' };
    const unlabeled = resultOf(await w.improve({ ...params, modelName: 'quiet-model', sinceAt: 0 }));
    expect(unlabeled).toEqual({
      datasetId: ids.datasetId,
      versionId: null,
      recentVersionId: null,
      productionRows: 0,
      heldOutRows: 0,
      repeatedRows: 0,
      skippedLabels: 0,
      dataUntil: 0,
    });
    // churn-model's labeled rows are all at or before t=2170.
    const later = resultOf(await w.improve({ ...params, modelName: 'churn-model', sinceAt: 2170 }));
    expect(later).toMatchObject({ versionId: null, productionRows: 0, dataUntil: 2170 });
    expect(w.data.datasets.requireDataset(ids.datasetId).versions).toHaveLength(1);
  });

  it('a regression target takes numeric labels; labels that are not numbers are skipped and counted', async () => {
    const ids = seedWithSplit(
      w,
      'prices',
      [
        { name: 'size', type: 'float', values: range(10).map((i) => 50 + i) },
        { name: 'rooms', type: 'integer', values: range(10).map((i) => 1 + (i % 4)) },
        { name: 'price', type: 'float', values: range(10).map((i) => 100 + i * 3) },
      ],
      { name: 'price', task: 'regression' },
      { method: 'random', train: 0.8, validation: 0.1, test: 0.1, seed: 5 },
    );
    const labels: (string | number)[] = [12.5, '7.25', 'abc', '', 3, 'NA'];
    logRequests(w, [
      {
        model: 'price-model',
        format: 'v1-instances',
        first: 7000,
        at: 4000,
        outputs: labels.map(() => 10),
        records: labels.map((_, i) => ({ size: 70 + i, rooms: i })),
      },
    ]);
    logFeedback(
      w,
      labels.map((label, i) => ({ predictionId: idOf(7000 + i), label, at: 6000 })),
    );
    const r = resultOf(
      await w.improve({
        modelName: 'price-model',
        baseVersionId: ids.versionId,
        sinceAt: 0,
        maxRows: 100,
        recencyWeight: 1,
        seed: 2,
        note: '',
      }),
    );
    // 3 rows: shares 2.4 / 0.3 / 0.3 → 2/0/0 and the row left over to train: nothing held out, no recent window.
    expect(r).toMatchObject({
      productionRows: 3,
      skippedLabels: 3,
      heldOutRows: 0,
      repeatedRows: 0,
      recentVersionId: null,
      dataUntil: 4000,
    });
    const { v, table } = load(r.versionId as string);
    expect(v.note).toBe('v1 training data + 3 labeled production rows');
    expect([10, 11, 12].map((i) => rowOf(table, i))).toEqual([
      { size: 70, rooms: 0, price: 12.5 },
      { size: 71, rooms: 1, price: 7.25 },
      { size: 74, rooms: 4, price: 3 },
    ]);
  });

  it('refuses a base version without a split or a target, saying what to do', async () => {
    const cols = [
      { name: 'x', type: 'float' as const, values: [1, 2, 3] },
      { name: 'y', type: 'categorical' as const, values: ['a', 'b', 'a'] },
    ];
    const noSplit = seedDataset(w, 'no-split', cols, { name: 'y', task: 'binary' });
    const noTarget = seedDataset(w, 'no-target', cols);
    const params = { modelName: 'churn-model', sinceAt: 0, maxRows: 10, recencyWeight: 1, seed: 1, note: '' };
    const a = await w.improve({ ...params, baseVersionId: noSplit.versionId });
    expect(a.status).toBe('failed');
    expect(a.error?.kind).toBe('invalid_input');
    expect(a.error?.message).toMatch(/has no saved split.*Save a split on it in the Data step/);
    const b = await w.improve({ ...params, baseVersionId: noTarget.versionId });
    expect(b.error?.kind).toBe('invalid_input');
    expect(b.error?.message).toMatch(/has no target.*Set its target in the Data step/);
    const c = await w.improve({ ...params, baseVersionId: noSplit.versionId, recencyWeight: 11 });
    expect(c.error?.kind).toBe('invalid_input');
    expect(c.error?.message).toMatch(/recencyWeight/);
  });

  it('a base without a saved split: given the run seed, old rows keep the part training gave them', async () => {
    const n = 40;
    const ids = seedDataset(
      w,
      'default-split',
      [
        { name: 'x', type: 'float', values: range(n).map((i) => i / 2) },
        { name: 'y', type: 'categorical', values: range(n).map((i) => (i % 4 === 0 ? 'a' : 'b')) },
      ],
      { name: 'y', task: 'binary' },
    );
    logRequests(w, [
      {
        model: 'default-split-model',
        format: 'v1-instances',
        first: 9000,
        at: 5000,
        classes: ['a', 'b'],
        outputs: [0.3, 0.7],
        records: [{ x: 100 }, { x: 101 }],
      },
    ]);
    logFeedback(w, [
      { predictionId: idOf(9000), label: 'a', at: 5001 },
      { predictionId: idOf(9001), label: 'b', at: 5001 },
    ]);
    const r = resultOf(
      await w.improve({
        modelName: 'default-split-model',
        baseVersionId: ids.versionId,
        sinceAt: 0,
        maxRows: 10,
        recencyWeight: 1,
        seed: 1,
        defaultSplitSeed: 17,
        note: '',
      }),
    );
    const base = w.data.datasets.requireVersion(ids.versionId);
    const v = w.data.datasets.requireVersion(r.versionId as string);
    // What training did with no saved split (load-training-data.ts): the default, seeded by the run.
    const expected = computeSplit(loadTable(w.data.columns, base), defaultSplit(base, 17), {
      name: 'y',
      task: 'binary',
    });
    const got = w.data.columns.getUint8(v.split?.blob as string);
    expect(r.productionRows).toBe(2);
    expect(v.rows).toBe(n + 2);
    expect(Array.from(got.subarray(0, n))).toEqual(Array.from(expected));
    expect(v.split?.spec).toMatchObject({ method: 'stratified', train: 0.7, seed: 17 });
  });

  it('the commit refuses (not_found) when the dataset was deleted meanwhile, and stores nothing', () => {
    const ctx = w;
    const ids = seedChurn('churn-gone');
    const v = ctx.data.datasets.requireVersion(ids.versionId);
    ctx.data.datasets.deleteDataset(ids.datasetId);
    const raw: ImproveDatasetWorkerResult = {
      datasetId: ids.datasetId,
      version: { ...v, parentId: v.id },
      recentVersion: { ...v, parentId: v.id },
      productionRows: 1,
      heldOutRows: 0,
      repeatedRows: 0,
      skippedLabels: 0,
      dataUntil: 1,
    };
    const commit = improveDatasetCommit(ctx.data, ctx.db);
    expect(() => commit({} as JobRecord, raw, '')).toThrow(/deleted while the improvement data was built/);
    const left = ctx.db
      .prepare('SELECT count(*) FROM dataset_versions WHERE dataset_id = ?')
      .pluck()
      .get(ids.datasetId);
    expect(left).toBe(0);
  });

  it('the commit records both versions or neither', () => {
    const ids = seedChurn('churn-atomic');
    const v = w.data.datasets.requireVersion(ids.versionId);
    const raw: ImproveDatasetWorkerResult = {
      datasetId: ids.datasetId,
      version: { ...v, parentId: v.id },
      // A parent that does not exist: the second insert fails (foreign key) after the first succeeded.
      recentVersion: { ...v, parentId: 'ver_missing' },
      productionRows: 1,
      heldOutRows: 1,
      repeatedRows: 0,
      skippedLabels: 0,
      dataUntil: 1,
    };
    expect(() => improveDatasetCommit(w.data, w.db)({} as JobRecord, raw, '')).toThrow(/FOREIGN KEY/);
    expect(w.data.datasets.requireDataset(ids.datasetId).versions).toHaveLength(1);
  });
});
