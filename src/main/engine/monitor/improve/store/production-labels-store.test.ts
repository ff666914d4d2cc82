import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LogDb, openLogDb } from '../../window/test-support/request-log-db.js';
import { type NewQueueItem, ProductionLabelsStore } from './production-labels-store.js';

let log: LogDb;
let store: ProductionLabelsStore;
beforeEach(() => {
  log = openLogDb();
  store = new ProductionLabelsStore(log.db);
});
afterEach(() => log.close());

const item = (id: string, patch: Partial<NewQueueItem> = {}): NewQueueItem => ({
  predictionId: id,
  modelName: 'credit',
  version: 1,
  reason: 'uncertain',
  score: 0.3,
  at: 1_000,
  features: { income: 42_000, employment: 'salaried', debt_ratio: null },
  predicted: 'no',
  ...patch,
});
const ids = (items: { predictionId: string }[]) => items.map((i) => i.predictionId);
const all = { includeLabeled: true, limit: 100 };

describe('ProductionLabelsStore.add', () => {
  it('adds each prediction once; a prediction already queued keeps its first entry', () => {
    expect(store.add([item('p-1', { score: 0.4 }), item('p-2')])).toBe(2);
    expect(store.add([item('p-1', { score: 0.9, reason: 'drift' }), item('p-3')])).toBe(1);
    expect(store.get('p-1')).toMatchObject({ reason: 'uncertain', score: 0.4 });
    expect(store.counts('credit')).toEqual({ pending: 3, labeled: 0 });
    expect([...store.has(['p-1', 'p-3', 'p-404'])].sort()).toEqual(['p-1', 'p-3']);
    expect(store.has([]).size).toBe(0);
  });

  it('gives back the features and the predicted value as they were queued', () => {
    store.add([item('p-1'), item('r-1', { predicted: 12.5 }), item('n-1', { predicted: null })]);
    expect(store.get('p-1')).toEqual({
      predictionId: 'p-1',
      modelName: 'credit',
      version: 1,
      reason: 'uncertain',
      score: 0.3,
      at: 1_000,
      features: { income: 42_000, employment: 'salaried', debt_ratio: null },
      predicted: 'no',
      label: null,
    });
    expect(store.get('r-1')?.predicted).toBe(12.5);
    expect(store.get('n-1')?.predicted).toBeNull();
    expect(store.get('p-404')).toBeUndefined();
  });
});

describe('ProductionLabelsStore.list', () => {
  beforeEach(() => {
    store.add([
      item('u-low', { score: 0.21, at: 1 }),
      item('u-high', { score: 0.48, at: 2 }),
      item('d-1', { reason: 'drift', score: 0.3, at: 3 }),
      item('d-2', { reason: 'drift', score: 0.3, at: 4 }),
      item('x-1', { modelName: 'other', score: 0.99 }),
    ]);
  });

  it('pending first by score (then newest), then the labeled ones when asked', () => {
    expect(ids(store.list('credit', all))).toEqual(['u-high', 'd-2', 'd-1', 'u-low']);
    store.label('u-high', 'yes', 'ann');
    expect(ids(store.list('credit', all))).toEqual(['d-2', 'd-1', 'u-low', 'u-high']);
    expect(ids(store.list('credit', { includeLabeled: false, limit: 100 }))).toEqual(['d-2', 'd-1', 'u-low']);
    expect(ids(store.list('credit', { includeLabeled: false, limit: 2 }))).toEqual(['d-2', 'd-1']);
    expect(ids(store.list('credit', { reason: 'uncertain', ...all }))).toEqual(['u-low', 'u-high']);
    expect(store.counts('credit')).toEqual({ pending: 3, labeled: 1 });
    expect(store.counts('nobody')).toEqual({ pending: 0, labeled: 0 });
  });
});

describe('ProductionLabelsStore.label', () => {
  it('labels the item and writes the label as JSON text to prediction_feedback, in one go', () => {
    store.add([item('p-1'), item('r-1', { predicted: 12.5 })]);
    store.label('p-1', 'yes', 'ann', 5_000);
    store.label('r-1', 13.25, 'bob', 6_000);
    expect(store.get('p-1')?.label).toBe('yes');
    expect(store.get('r-1')?.label).toBe(13.25);
    expect(
      log.db.prepare('SELECT prediction_id, label, at FROM prediction_feedback ORDER BY at').all(),
    ).toEqual([
      { prediction_id: 'p-1', label: '"yes"', at: 5_000 },
      { prediction_id: 'r-1', label: '13.25', at: 6_000 },
    ]);
    expect(
      log.db
        .prepare('SELECT labeled_by, labeled_at FROM production_label_queue WHERE prediction_id = ?')
        .get('p-1'),
    ).toEqual({ labeled_by: 'ann', labeled_at: new Date(5_000).toISOString() });
  });

  it('a second label replaces the item’s and adds a later feedback row (the latest wins)', () => {
    store.add([item('p-1')]);
    store.label('p-1', 'yes', 'ann', 5_000);
    store.label('p-1', 'no', 'bob', 7_000);
    expect(store.get('p-1')?.label).toBe('no');
    expect(log.db.prepare('SELECT label FROM prediction_feedback ORDER BY at').pluck().all()).toEqual([
      '"yes"',
      '"no"',
    ]);
    expect(store.counts('credit')).toEqual({ pending: 0, labeled: 1 });
  });
});
