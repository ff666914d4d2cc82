import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImprovementPolicy, type ImprovementPolicyInput } from '../../../../../shared/improve.js';
import { type LogDb, openLogDb } from '../../window/test-support/request-log-db.js';
import { PoliciesStore } from './policies-store.js';

let log: LogDb;
let store: PoliciesStore;
beforeEach(() => {
  log = openLogDb();
  store = new PoliciesStore(log.db);
});
afterEach(() => log.close());

const policy = (name: string, patch: Partial<ImprovementPolicyInput> = {}) =>
  ImprovementPolicy.parse({ name, ...patch });
const rows = () =>
  log.db
    .prepare('SELECT model_name, name, position FROM improvement_policies ORDER BY model_name, position')
    .all();

describe('PoliciesStore.replace', () => {
  it('stores the policies in the order given, each with fresh state', () => {
    const saved = store.replace('credit', [
      policy('drift'),
      policy('nightly', { triggers: { everyHours: 24 } }),
    ]);
    expect(saved.map((p) => p.policy.name)).toEqual(['drift', 'nightly']);
    expect(saved.map((p) => p.modelName)).toEqual(['credit', 'credit']);
    expect(saved[1]?.policy.triggers).toEqual({
      driftWindows: 3,
      metricDrop: true,
      newLabels: null,
      everyHours: 24,
    });
    expect(saved.map((p) => p.state)).toEqual([
      { lastRunAt: null, failures: 0, backoffUntil: null },
      { lastRunAt: null, failures: 0, backoffUntil: null },
    ]);
    expect(new Set(saved.map((p) => p.id)).size).toBe(2);
    expect(saved.every((p) => /^pol_/.test(p.id))).toBe(true);
  });

  it('keeps the id and state of a policy whose name stays, takes its new settings and new position', () => {
    const [drift, nightly] = store.replace('credit', [policy('drift'), policy('nightly')]);
    store.markRun(drift?.id as string, '2025-03-10T10:00:00.000Z');
    expect(store.markFailure(drift?.id as string, '2025-03-10T11:00:00.000Z')).toBe(1);
    expect(store.markFailure(drift?.id as string, '2025-03-10T12:00:00.000Z')).toBe(2);

    const saved = store.replace('credit', [
      policy('nightly'),
      policy('drift', { triggers: { driftWindows: 5 }, minIntervalMinutes: 15 }),
    ]);
    expect(saved.map((p) => p.policy.name)).toEqual(['nightly', 'drift']);
    expect(saved[0]?.id).toBe(nightly?.id);
    const kept = saved[1];
    expect(kept?.id).toBe(drift?.id);
    expect(kept?.createdAt).toBe(drift?.createdAt);
    expect(kept?.state).toEqual({
      lastRunAt: '2025-03-10T10:00:00.000Z',
      failures: 2,
      backoffUntil: '2025-03-10T12:00:00.000Z',
    });
    expect(kept?.policy.triggers.driftWindows).toBe(5);
    expect(kept?.policy.minIntervalMinutes).toBe(15);
    expect(rows()).toEqual([
      { model_name: 'credit', name: 'nightly', position: 0 },
      { model_name: 'credit', name: 'drift', position: 1 },
    ]);
  });

  it('deletes the policies left out, touches no other model, and an empty list turns the loop off', () => {
    store.replace('credit', [policy('a'), policy('b'), policy('c')]);
    store.replace('other', [policy('a')]);
    expect(store.replace('credit', [policy('b')]).map((p) => p.policy.name)).toEqual(['b']);
    expect(rows()).toEqual([
      { model_name: 'credit', name: 'b', position: 0 },
      { model_name: 'other', name: 'a', position: 0 },
    ]);
    expect(store.replace('credit', [])).toEqual([]);
    expect(store.list('other').map((p) => p.policy.name)).toEqual(['a']);
  });

  it('a renamed policy is a new one (new id, no state carried over)', () => {
    const [old] = store.replace('credit', [policy('drift')]);
    store.markRun(old?.id as string, '2025-03-10T10:00:00.000Z');
    const [renamed] = store.replace('credit', [policy('drift v2')]);
    expect(renamed?.id).not.toBe(old?.id);
    expect(renamed?.state.lastRunAt).toBeNull();
    expect(store.get(old?.id as string)).toBeUndefined();
  });
});

describe('PoliciesStore state', () => {
  it('markSettled ends the failure streak and the backoff; enabled() lists only enabled policies', () => {
    const [p] = store.replace('credit', [policy('drift'), policy('off', { enabled: false })]);
    store.replace('other', [policy('x')]);
    store.markFailure(p?.id as string, '2025-03-10T12:00:00.000Z');
    store.markSettled(p?.id as string);
    expect(store.get(p?.id as string)?.state).toEqual({ lastRunAt: null, failures: 0, backoffUntil: null });
    expect(store.enabled().map((r) => `${r.modelName}/${r.policy.name}`)).toEqual([
      'credit/drift',
      'other/x',
    ]);
  });
});
