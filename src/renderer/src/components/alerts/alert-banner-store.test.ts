import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../transport/client';
import { scriptedTransport, settle } from '../../transport/scripted-transport';
import { acknowledgeAlert, refreshOpenAlerts, useAlertBannerStore } from './alert-banner-store';
import { alertRecord } from './test-alerts';

const alert = (id: string) => alertRecord(id, { version: 1 });

beforeEach(() => {
  useAlertBannerStore.setState({ alerts: [], openCount: 0, acknowledging: null, error: null });
});

describe('alert banner store', () => {
  it('reads open alerts and their count', async () => {
    const s = scriptedTransport();
    setTransport(s.transport);
    const done = refreshOpenAlerts();
    expect(s.calls.map((c) => [c.name, c.input])).toEqual([['alerts.list', { open: true, limit: 200 }]]);
    s.calls[0]?.answer({ ok: true, value: { alerts: [alert('a'), alert('b')], openCount: 5 } });
    await done;
    const st = useAlertBannerStore.getState();
    expect(st.alerts.map((a) => a.id)).toEqual(['a', 'b']);
    expect(st.openCount).toBe(5);
  });

  it('acknowledges, takes the alert off at once, and a read begun earlier does not bring it back', async () => {
    useAlertBannerStore.setState({ alerts: [alert('a'), alert('b')], openCount: 2 });
    const s = scriptedTransport();
    setTransport(s.transport);
    const staleRead = refreshOpenAlerts();
    const ack = acknowledgeAlert('a');
    expect(useAlertBannerStore.getState().acknowledging).toBe('a');
    expect(s.calls.map((c) => [c.name, c.input])).toEqual([
      ['alerts.list', { open: true, limit: 200 }],
      ['alerts.acknowledge', { id: 'a' }],
    ]);
    s.calls[1]?.answer({ ok: true, value: { ...alert('a'), acknowledgedAt: 'now', acknowledgedBy: 'me' } });
    await settle();
    expect(useAlertBannerStore.getState()).toMatchObject({ openCount: 1, acknowledging: null, error: null });
    expect(useAlertBannerStore.getState().alerts.map((a) => a.id)).toEqual(['b']);
    // The read that started before the acknowledge answers with the old list: it is dropped.
    s.calls[0]?.answer({ ok: true, value: { alerts: [alert('a'), alert('b')], openCount: 2 } });
    await staleRead;
    expect(useAlertBannerStore.getState().alerts.map((a) => a.id)).toEqual(['b']);
    // The acknowledge's own re-read is kept.
    expect(s.calls[2]?.name).toBe('alerts.list');
    s.calls[2]?.answer({ ok: true, value: { alerts: [alert('b'), alert('c')], openCount: 2 } });
    await ack;
    expect(useAlertBannerStore.getState().alerts.map((a) => a.id)).toEqual(['b', 'c']);
  });

  it('says why an acknowledge failed and keeps the alert', async () => {
    useAlertBannerStore.setState({ alerts: [alert('a')], openCount: 1 });
    const s = scriptedTransport();
    setTransport(s.transport);
    const ack = acknowledgeAlert('a');
    s.calls[0]?.answer({ ok: false, error: { kind: 'not_found', message: 'No alert a.' } });
    await settle();
    expect(useAlertBannerStore.getState()).toMatchObject({
      acknowledging: null,
      error: 'Could not acknowledge: No alert a.',
      openCount: 1,
    });
    s.calls[1]?.answer({ ok: false, error: { kind: 'unavailable', message: 'The engine is closed.' } });
    await ack;
    // A failed read keeps what is shown.
    expect(useAlertBannerStore.getState().alerts.map((a) => a.id)).toEqual(['a']);
  });
});
