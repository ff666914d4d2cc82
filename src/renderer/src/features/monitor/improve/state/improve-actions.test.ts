import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../../../transport/client';
import { ok, scriptedTransport, settle } from '../../../../transport/scripted-transport';
import { DEFAULT_POLICY, policiesText, recordsText } from '../lib/policy-json';
import { cycle, policyRecord, timelineEvent } from '../lib/test-fixtures';
import {
  addDefaultPolicy,
  decideCycle,
  editPolicies,
  loadPolicies,
  openImprove,
  savePolicies,
  setReason,
} from './improve-actions';
import { initialImproveState, setImprove, useImproveStore } from './improve-store';

beforeEach(() => {
  useImproveStore.setState(initialImproveState, true);
});

describe('improve actions', () => {
  it('opens a model: its policies into the editor, its cycles and its timeline', async () => {
    const s = scriptedTransport();
    setTransport(s.transport);
    const opened = openImprove('credit');
    expect(s.calls.map((c) => [c.name, c.input])).toEqual([
      ['policy.list', { modelName: 'credit' }],
      ['improve.cycles', { modelName: 'credit', limit: 50 }],
      ['timeline.list', { modelName: 'credit', limit: 200 }],
    ]);
    s.calls[0]?.answer(ok([policyRecord('a')]));
    s.calls[1]?.answer(ok([cycle({ status: 'awaiting_approval' })]));
    s.calls[2]?.answer(ok([timelineEvent(1)]));
    await opened;
    const st = useImproveStore.getState();
    expect(st.policyText).toBe(policiesText([{ ...DEFAULT_POLICY, name: 'a' }]));
    expect(st.cycles.map((c) => c.status)).toEqual(['awaiting_approval']);
    expect(st.timeline.map((e) => e.id)).toEqual([1]);
  });

  it('keeps what is typed when the policies are read again, and shows the engine’s objection on save', async () => {
    setImprove({ modelName: 'credit', policies: [policyRecord('a')], policiesLoaded: true });
    setImprove({ policyText: recordsText([policyRecord('a')]) });
    const s = scriptedTransport();
    setTransport(s.transport);
    addDefaultPolicy();
    const typed = useImproveStore.getState().policyText;
    expect(JSON.parse(typed).map((p: { name: string }) => p.name)).toEqual(['a', 'retrain on drift']);
    // An event re-reads the policies: the list changes, the editor keeps the person's text.
    const read = loadPolicies();
    s.calls[0]?.answer(ok([policyRecord('a'), policyRecord('b')]));
    await read;
    expect(useImproveStore.getState().policies).toHaveLength(2);
    expect(useImproveStore.getState().policyText).toBe(typed);

    editPolicies('[{"name": "x", "triggers": {"driftWindows": null, "metricDrop": false}}]');
    const saved = savePolicies();
    expect(s.calls[1]).toMatchObject({
      name: 'policy.set',
      input: {
        modelName: 'credit',
        policies: [{ name: 'x', triggers: { driftWindows: null, metricDrop: false } }],
      },
    });
    const message =
      'policies.0: a policy needs at least one trigger (driftWindows, metricDrop, newLabels or everyHours)';
    s.calls[1]?.answer({ ok: false, error: { kind: 'invalid_input', message } });
    expect(await saved).toBe(false);
    expect(useImproveStore.getState()).toMatchObject({
      policyError: message,
      policySaving: false,
      policySaved: false,
    });
  });

  it('says what is wrong with JSON before sending anything', async () => {
    setImprove({ modelName: 'credit', policiesLoaded: true });
    const s = scriptedTransport();
    setTransport(s.transport);
    editPolicies('[{"name": "a",]');
    expect(await savePolicies()).toBe(false);
    expect(s.calls).toEqual([]);
    expect(useImproveStore.getState().policyError?.startsWith('Not valid JSON: ')).toBe(true);
  });

  it('asks for a reason, then approves and re-reads the cycles and timeline', async () => {
    setImprove({
      modelName: 'credit',
      cycles: [cycle({ status: 'awaiting_approval', challengerVersion: 3 })],
    });
    const s = scriptedTransport();
    setTransport(s.transport);
    expect(await decideCycle('cyc-1', true)).toBe(false);
    expect(s.calls).toEqual([]);
    expect(useImproveStore.getState().decideError).toEqual({
      cycleId: 'cyc-1',
      message: 'Give a reason: it is kept on the timeline.',
    });
    setReason('cyc-1', '  recent window looks better ');
    expect(useImproveStore.getState().decideError).toBeNull();
    const decided = decideCycle('cyc-1', true);
    expect(s.calls[0]).toMatchObject({
      name: 'improve.decide',
      input: { cycleId: 'cyc-1', approve: true, reason: 'recent window looks better' },
    });
    s.calls[0]?.answer(ok(cycle({ status: 'watching', stage: 'watch', challengerVersion: 3 })));
    await settle();
    expect(useImproveStore.getState().cycles[0]?.status).toBe('watching');
    expect(useImproveStore.getState().reasons).toEqual({});
    s.find('improve.cycles')?.answer(ok([cycle({ status: 'watching', challengerVersion: 3 })]));
    s.find('timeline.list')?.answer(ok([timelineEvent(2, { kind: 'approval' })]));
    expect(await decided).toBe(true);
    expect(useImproveStore.getState()).toMatchObject({ deciding: null });
    expect(useImproveStore.getState().timeline.map((e) => e.kind)).toEqual(['approval']);
  });
});
