import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetRecord, RowsPage, VersionRecord } from '../../../shared/data.js';
import { ImportResult, RecipeResult } from '../../../shared/data-jobs.js';
import { openTestEngine, type TestEngine } from '../test-support/open-test-engine.js';
import { seedDataset } from '../test-support/seed-dataset.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const N = 1000;
function seed(engine: TestEngine['engine']) {
  return seedDataset(
    engine,
    'shop',
    [
      { name: 'id', type: 'identifier', values: Array.from({ length: N }, (_, i) => `c${i}`) },
      {
        name: 'age',
        type: 'integer',
        values: Array.from({ length: N }, (_, i) => (i % 7 === 0 ? null : 18 + (i % 50))),
      },
      {
        name: 'plan',
        type: 'categorical',
        values: Array.from({ length: N }, (_, i) => ['free', 'pro', 'team'][i % 3] ?? null),
      },
      { name: 'spent', type: 'float', values: Array.from({ length: N }, (_, i) => i * 1.5) },
      { name: 'churned', type: 'boolean', values: Array.from({ length: N }, (_, i) => i % 4 === 0) },
      {
        name: 'joined',
        type: 'datetime',
        values: Array.from(
          { length: N },
          (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
        ),
      },
    ],
    { target: 'churned', task: 'binary' },
  );
}

describe('data commands', () => {
  it('lists datasets, resolves versions by id, name and name@N, and pages rows', async () => {
    t = await openTestEngine();
    const { datasetId, versionId } = seed(t.engine);
    const list = (await t.engine.call('data.list', {})).map((d) => DatasetRecord.parse(d));
    expect(list.map((d) => d.name)).toEqual(['shop']);
    expect(list[0]?.versions).toEqual([expect.objectContaining({ id: versionId, number: 1, rows: N })]);
    for (const ref of [versionId, 'shop', 'shop@1', `${datasetId}@1`]) {
      expect((await t.engine.call('data.version', { versionId: ref })).id).toBe(versionId);
    }
    await expect(t.engine.call('data.version', { versionId: 'shop@9' })).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(t.engine.call('data.version', { versionId: 'nope' })).rejects.toMatchObject({
      kind: 'not_found',
    });

    const v = VersionRecord.parse(await t.engine.call('data.version', { versionId }));
    expect(v.columns.map((c) => [c.name, c.type, c.role, c.missing])).toEqual([
      ['id', 'identifier', 'excluded', 0],
      ['age', 'integer', 'feature', Math.ceil(N / 7)],
      ['plan', 'categorical', 'feature', 0],
      ['spent', 'float', 'feature', 0],
      ['churned', 'boolean', 'target', 0],
      ['joined', 'datetime', 'feature', 0],
    ]);

    const page = RowsPage.parse(await t.engine.call('data.rows', { versionId, offset: 994, limit: 10 }));
    expect(page.totalRows).toBe(N);
    expect(page.rowIds).toEqual([994, 995, 996, 997, 998, 999]);
    expect(page.rows[1]).toEqual([
      'c995',
      18 + (995 % 50),
      'team',
      1492.5,
      false,
      '2024-01-16T00:00:00.000Z',
    ]);
    expect(page.rows[0]?.[1]).toBeNull(); // 994 % 7 === 0 → missing age
    const some = await t.engine.call('data.rows', {
      versionId,
      offset: 0,
      limit: 2,
      columns: ['plan', 'age'],
    });
    expect(some.rows).toEqual([
      ['free', null],
      ['pro', 19],
    ]);
    await expect(t.engine.call('data.rows', { versionId, columns: ['nope'] })).rejects.toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/No column "nope"/),
    });
  });

  it('configures target, task and roles, validating them, without touching the data', async () => {
    t = await openTestEngine();
    const { versionId } = seed(t.engine);
    const before = await t.engine.call('data.version', { versionId });
    const v = await t.engine.call('data.configure', {
      versionId,
      target: 'plan',
      roles: { spent: 'excluded' },
    });
    expect(v.target).toBe('plan');
    expect(v.task).toBe('multiclass');
    expect(v.columns.find((c) => c.name === 'plan')?.role).toBe('target');
    expect(v.columns.find((c) => c.name === 'churned')?.role).toBe('feature');
    expect(v.columns.find((c) => c.name === 'spent')?.role).toBe('excluded');
    expect(v.contentHash).toBe(before.contentHash);
    await expect(
      t.engine.call('data.configure', { versionId, target: 'plan', task: 'regression' }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/Regression needs a numeric target/),
    });
    await expect(t.engine.call('data.configure', { versionId, target: 'missing_col' })).rejects.toMatchObject(
      { kind: 'invalid_input' },
    );
    const reg = await t.engine.call('data.configure', { versionId, target: 'spent' });
    expect(reg.task).toBe('regression');
    const none = await t.engine.call('data.configure', { versionId, target: null });
    expect(none.target).toBeNull();
    expect(none.task).toBeNull();
  });

  it('refuses a target with one class', async () => {
    t = await openTestEngine();
    const { versionId } = seedDataset(t.engine, 'flat', [
      { name: 'x', type: 'integer', values: [1, 2, 3, 4] },
      { name: 'y', type: 'categorical', values: ['yes', 'yes', 'yes', null] },
    ]);
    await expect(t.engine.call('data.configure', { versionId, target: 'y' })).rejects.toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/only one class/),
    });
  });

  it('imports a file as a job, atomically: the dataset appears only when the job succeeds', async () => {
    t = await openTestEngine();
    const file = join(t.dir, 'people.csv');
    writeFileSync(file, 'name,age,city\nada,36,London\nalan,41,Wilmslow\ngrace,85,Arlington\n');
    const job = await t.engine.call('data.import', { path: file, target: 'city' });
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('succeeded');
    const r = ImportResult.parse(done.result);
    expect(r).toMatchObject({ name: 'people', rows: 3, columns: 3, format: 'csv' });
    const v = await t.engine.call('data.version', { versionId: r.versionId });
    expect(v.target).toBe('city');
    expect(v.task).toBe('multiclass');
    expect((await t.engine.call('data.rows', { versionId: r.versionId })).rows).toEqual([
      ['ada', 36, 'London'],
      ['alan', 41, 'Wilmslow'],
      ['grace', 85, 'Arlington'],
    ]);

    // A file that fails to parse leaves nothing behind.
    const bad = join(t.dir, 'bad.csv');
    writeFileSync(bad, 'a,b\n1,2\n3\n');
    const badJob = await t.engine.call('data.import', { path: bad });
    const failed = await t.engine.context.runner.settled(badJob.id);
    expect(failed.status).toBe('failed');
    expect(failed.error?.message).toMatch(/line 3/);
    expect((await t.engine.call('data.list', {})).map((d) => d.name)).toEqual(['people']);

    // A missing file or a folder is refused before any job starts.
    await expect(t.engine.call('data.import', { path: join(t.dir, 'nope.csv') })).rejects.toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/does not exist/),
    });
    await expect(t.engine.call('data.import', { path: t.dir })).rejects.toMatchObject({
      message: expect.stringMatching(/is a folder/),
    });
    // A target that is not a column fails the job with the list of columns, storing nothing.
    const noTarget = await t.engine.context.runner.settled(
      (await t.engine.call('data.import', { path: file, target: 'salary' })).id,
    );
    expect(noTarget.error?.message).toMatch(/no column "salary".*name, age, city/);
    // A target with one class is refused at import, naming the column.
    const flat = join(t.dir, 'flat.csv');
    writeFileSync(flat, 'x,y\n1,yes\n2,yes\n3,yes\n');
    const oneClass = await t.engine.context.runner.settled(
      (await t.engine.call('data.import', { path: flat, target: 'y' })).id,
    );
    expect(oneClass.status).toBe('failed');
    expect(oneClass.error).toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/"y" has only one class/),
    });
    expect(await t.engine.call('data.list', {})).toHaveLength(1);
  });

  it('applies a recipe as a new version with lineage, keeping the parent unchanged', async () => {
    t = await openTestEngine();
    const { versionId } = seed(t.engine);
    await expect(
      t.engine.call('data.applyRecipe', {
        versionId,
        recipe: [{ op: 'impute', columns: ['agee'], strategy: 'median', addIndicator: false }],
      }),
    ).rejects.toMatchObject({ kind: 'invalid_input', message: expect.stringMatching(/agee/) });
    const job = await t.engine.call('data.applyRecipe', {
      versionId,
      recipe: [
        { op: 'impute', columns: ['age'], strategy: 'median', addIndicator: true },
        { op: 'filter', where: [{ column: 'plan', op: 'ne', value: 'free' }] },
        { op: 'rename', from: 'churned', to: 'left' },
      ],
      note: 'clean up',
    });
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('succeeded');
    const r = RecipeResult.parse(done.result);
    expect(r.number).toBe(2);
    expect(r.parentId).toBe(versionId);
    const v2 = await t.engine.call('data.version', { versionId: r.versionId });
    expect(v2.rows).toBe(N - Math.ceil(N / 3));
    expect(v2.target).toBe('left');
    expect(v2.recipe?.length).toBe(3);
    expect(v2.columns.find((c) => c.name === 'age')?.missing).toBe(0);
    expect(v2.columns.some((c) => c.name === 'age_missing')).toBe(true);
    // Surviving rows keep their ids.
    const page = await t.engine.call('data.rows', { versionId: r.versionId, limit: 3 });
    expect(page.rowIds).toEqual([1, 2, 4]);
    const v1 = await t.engine.call('data.version', { versionId });
    expect(v1.rows).toBe(N);
    expect(v1.columns.find((c) => c.name === 'age')?.missing).toBe(Math.ceil(N / 7));
  });
});
