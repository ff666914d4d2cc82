import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LogDb, openLogDb } from '../../window/test-support/request-log-db.js';
import { TimelineStore } from './timeline-store.js';

let log: LogDb;
let store: TimelineStore;
beforeEach(() => {
  log = openLogDb();
  store = new TimelineStore(log.db);
});
afterEach(() => log.close());

describe('TimelineStore', () => {
  it('keeps finite values only, and the links as given', () => {
    const e = store.add({
      modelName: 'credit',
      cycleId: 'cyc-1',
      kind: 'gate',
      title: 'Gate passed challenger v2',
      message: 'accuracy 0.885 against 0.860',
      values: {
        challenger: 0.885,
        champion: Number.NaN,
        ratio: Number.POSITIVE_INFINITY,
        low: Number.NEGATIVE_INFINITY,
        zero: 0,
      },
      links: { evaluationId: 'ev-1', version: 2, window: { from: 1000, to: 2000 } },
    });
    expect(e).toMatchObject({
      modelName: 'credit',
      cycleId: 'cyc-1',
      kind: 'gate',
      title: 'Gate passed challenger v2',
      message: 'accuracy 0.885 against 0.860',
      values: { challenger: 0.885, zero: 0 },
      links: { evaluationId: 'ev-1', version: 2, window: { from: 1000, to: 2000 } },
    });
    expect(Object.keys(e.values)).toEqual(['challenger', 'zero']);
    expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    const stored = log.db.prepare('SELECT vals, links FROM timeline_events WHERE id = ?').get(e.id);
    expect(stored).toEqual({
      vals: '{"challenger":0.885,"zero":0}',
      links: '{"evaluationId":"ev-1","version":2,"window":{"from":1000,"to":2000}}',
    });
  });

  it('an entry without values or links stores empty objects', () => {
    const e = store.add({ modelName: 'credit', cycleId: null, kind: 'labels', title: 't', message: 'm' });
    expect([e.values, e.links, e.cycleId]).toEqual([{}, {}, null]);
  });

  it('lists a model’s entries newest first, by cycle, with a limit', () => {
    const add = (modelName: string, cycleId: string | null, title: string) =>
      store.add({ modelName, cycleId, kind: 'trigger', title, message: '' });
    add('credit', 'c1', 'one');
    add('credit', 'c1', 'two');
    add('other', 'c9', 'elsewhere');
    add('credit', 'c2', 'three');
    add('credit', null, 'four');
    add('credit', 'c1', 'five');
    const titles = (opts: { cycleId?: string; limit: number }) =>
      store.list('credit', opts).map((e) => e.title);
    expect(titles({ limit: 100 })).toEqual(['five', 'four', 'three', 'two', 'one']);
    expect(titles({ cycleId: 'c1', limit: 100 })).toEqual(['five', 'two', 'one']);
    expect(titles({ cycleId: 'c1', limit: 2 })).toEqual(['five', 'two']);
    expect(titles({ limit: 1 })).toEqual(['five']);
    expect(store.list('other', { limit: 10 }).map((e) => e.title)).toEqual(['elsewhere']);
    expect(store.list('credit', { cycleId: 'c9', limit: 10 })).toEqual([]);
  });
});
