import { afterEach, describe, expect, it } from 'vitest';
import { LabelStats } from '../../../../shared/data.js';
import { openTestEngine, type TestEngine } from '../../test-support/open-test-engine.js';
import { seedDataset } from '../../test-support/seed-dataset.js';
import { recordUncertainty } from './uncertainty.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const N = 40;
async function setup() {
  t = await openTestEngine();
  const ids = seedDataset(t.engine, 'reviews', [
    {
      name: 'text',
      type: 'text',
      values: Array.from({ length: N }, (_, i) => `review number ${i}, quite long to read`),
    },
    { name: 'stars', type: 'integer', values: Array.from({ length: N }, (_, i) => (i % 5) + 1) },
    {
      name: 'sentiment',
      type: 'categorical',
      values: Array.from({ length: N }, (_, i) => (i < 10 ? (i % 2 ? 'pos' : 'neg') : null)),
    },
  ]);
  await t.engine.call('labels.setSet', {
    set: {
      datasetId: ids.datasetId,
      column: 'sentiment',
      classes: [
        { name: 'neg', color: '#ef4444', shortcut: '1' },
        { name: 'pos', color: '#22c55e', shortcut: '2' },
      ],
    },
  });
  return { engine: t.engine, ...ids };
}

describe('labeling', () => {
  it('serves unlabeled rows in a stable random order, readable, and moves on after each label', async () => {
    const { engine, versionId } = await setup();
    const first = await engine.call('labels.queue', { versionId, annotator: 'ann', limit: 3 });
    expect(first.total).toBe(N);
    expect(first.labeled).toBe(0);
    expect(first.items).toHaveLength(3);
    const again = await engine.call('labels.queue', { versionId, annotator: 'ann', limit: 3 });
    expect(again.items.map((i) => i.rowId)).toEqual(first.items.map((i) => i.rowId));
    const item = first.items[0];
    if (!item) throw new Error('no item');
    expect(item.values.text).toBe(`review number ${item.rowId}, quite long to read`);
    expect(item.values.stars).toBe((item.rowId % 5) + 1);
    // Not simply 0, 1, 2: a permutation.
    expect(first.items.map((i) => i.rowId)).not.toEqual([0, 1, 2]);

    const done = await engine.call('labels.submit', {
      versionId,
      rowId: item.rowId,
      label: 'pos',
      annotator: 'ann',
    });
    expect(done.labeled).toBe(1);
    const next = await engine.call('labels.queue', { versionId, annotator: 'ann', limit: 3 });
    expect(next.items.map((i) => i.rowId)).not.toContain(item.rowId);
    expect(next.items[0]?.rowId).toBe(first.items[1]?.rowId);
    // Skipped rows (excluded by the client) are passed over.
    const skipped = await engine.call('labels.queue', {
      versionId,
      annotator: 'ann',
      limit: 1,
      exclude: [next.items[0]?.rowId ?? -1],
    });
    expect(skipped.items[0]?.rowId).toBe(next.items[1]?.rowId);
    // Another annotator has their own queue.
    const bob = await engine.call('labels.queue', { versionId, annotator: 'bob', limit: 1 });
    expect(bob.labeled).toBe(0);
  });

  it('keeps relabels as history, undoes the last label, and refuses labels outside the set', async () => {
    const { engine, versionId } = await setup();
    await engine.call('labels.submit', { versionId, rowId: 5, label: 'neg', annotator: 'ann' });
    await engine.call('labels.submit', { versionId, rowId: 5, label: 'pos', annotator: 'ann' });
    const hist = await engine.call('labels.history', { versionId, rowId: 5 });
    expect(hist.map((h) => [h.label, h.state])).toEqual([
      ['neg', 'superseded'],
      ['pos', 'current'],
    ]);
    const undone = await engine.call('labels.undo', { versionId, annotator: 'ann' });
    expect(undone.undone?.label).toBe('pos');
    expect(undone.labeled).toBe(1); // the earlier 'neg' is current again
    expect((await engine.call('labels.history', { versionId, rowId: 5 })).map((h) => h.state)).toEqual([
      'current',
      'retracted',
    ]);
    await expect(
      engine.call('labels.submit', { versionId, rowId: 5, label: 'meh', annotator: 'ann' }),
    ).rejects.toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/not in the label set \(neg, pos\)/),
    });
    await expect(
      engine.call('labels.submit', { versionId, rowId: 999, label: 'pos', annotator: 'ann' }),
    ).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('finds disagreements, computes Cohen’s kappa, and lets a reviewer resolve', async () => {
    const { engine, versionId } = await setup();
    const a = ['pos', 'pos', 'neg', 'neg', 'pos', 'neg'];
    const b = ['pos', 'neg', 'neg', 'neg', 'pos', 'pos'];
    for (let i = 0; i < a.length; i++) {
      await engine.call('labels.submit', {
        versionId,
        rowId: 20 + i,
        label: a[i] as string,
        annotator: 'ann',
      });
      await engine.call('labels.submit', {
        versionId,
        rowId: 20 + i,
        label: b[i] as string,
        annotator: 'bob',
      });
    }
    const stats = LabelStats.parse(await engine.call('labels.stats', { versionId }));
    expect(stats.labeledRows).toBe(6);
    expect(stats.disagreements).toBe(2);
    // p_o = 4/6; ann: pos 1/2, neg 1/2; bob: pos 1/2, neg 1/2 → p_e = 1/2 → κ = (2/3 - 1/2) / (1/2) = 1/3
    expect(stats.kappa?.value).toBeCloseTo(1 / 3, 12);
    expect(stats.kappa?.sharedRows).toBe(6);
    const dis = await engine.call('labels.disagreements', { versionId });
    expect(dis.map((d) => d.rowId)).toEqual([21, 25]);
    expect(dis[0]?.values.text).toBe('review number 21, quite long to read');
    await engine.call('labels.resolve', { versionId, rowId: 21, label: 'neg', reviewer: 'lead' });
    // A reviewer who labeled the row as an annotator can resolve it too (their label stays theirs).
    await engine.call('labels.resolve', { versionId, rowId: 25, label: 'pos', reviewer: 'ann' });
    expect(
      (await engine.call('labels.history', { versionId, rowId: 25 })).map((h) => [
        h.annotator,
        h.label,
        h.state,
        h.resolution,
      ]),
    ).toEqual([
      ['ann', 'neg', 'current', false],
      ['bob', 'pos', 'current', false],
      ['ann', 'pos', 'current', true],
    ]);
    const after = await engine.call('labels.stats', { versionId });
    expect(after.disagreements).toBe(0);
    // Kappa is over the annotators' own labels, unchanged by resolutions.
    expect(after.kappa?.value).toBeCloseTo(1 / 3, 12);
    // Effective labels: 21 resolved to neg, 25 to pos; others by agreement.
    expect(after.classCounts).toEqual([
      { label: 'neg', count: 3 },
      { label: 'pos', count: 3 },
    ]);
  });

  it('bulk-accepts a column as labels, skipping missing values', async () => {
    const { engine, versionId } = await setup();
    const r = await engine.call('labels.importColumn', { versionId, column: 'sentiment' });
    expect(r).toEqual({ imported: 10, skippedMissing: 30, annotator: 'import:sentiment' });
    const stats = await engine.call('labels.stats', { versionId });
    expect(stats.labeledRows).toBe(10);
    expect(stats.classCounts).toEqual([
      { label: 'neg', count: 5 },
      { label: 'pos', count: 5 },
    ]);
    await expect(engine.call('labels.importColumn', { versionId, column: 'nope' })).rejects.toMatchObject({
      kind: 'invalid_input',
    });
  });

  it('orders the queue by model uncertainty once scores exist (the training hook)', async () => {
    const { engine, versionId, datasetId } = await setup();
    await expect(
      engine.call('labels.queue', { versionId, annotator: 'ann', order: 'entropy' }),
    ).rejects.toMatchObject({
      kind: 'unavailable',
    });
    recordUncertainty(engine.context.db, datasetId, 'run_test', [
      { rowId: 3, probabilities: [0.9, 0.1] },
      { rowId: 7, probabilities: [0.5, 0.5] },
      { rowId: 9, probabilities: [0.6, 0.4] },
      { rowId: 11, probabilities: [0.99, 0.01] },
    ]);
    const byEntropy = await engine.call('labels.queue', {
      versionId,
      annotator: 'ann',
      order: 'entropy',
      limit: 4,
    });
    expect(byEntropy.items.map((i) => i.rowId)).toEqual([7, 9, 3, 11]);
    expect(byEntropy.items[0]?.score).toBeCloseTo(Math.log(2), 12);
    await engine.call('labels.submit', { versionId, rowId: 7, label: 'pos', annotator: 'ann' });
    const byMargin = await engine.call('labels.queue', {
      versionId,
      annotator: 'ann',
      order: 'margin',
      limit: 2,
    });
    expect(byMargin.items.map((i) => i.rowId)).toEqual([9, 3]);
    expect(byMargin.items[0]?.score).toBeCloseTo(0.2, 12);
  });
});
