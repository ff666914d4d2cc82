import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../../transport/client';
import { ok, scriptedTransport, settle } from '../../../transport/scripted-transport';
import { alert, categoricalFeature, model, numericFeature, report, series } from '../lib/test-fixtures';
import { acknowledgeAlert } from './alert-actions';
import {
  applyWindowAndRefresh,
  refreshModels,
  refreshMonitor,
  selectVersion,
  setWindowText,
} from './monitor-actions';
import { initialMonitorState, setMonitor, useMonitorStore } from './monitor-store';

beforeEach(() => {
  useMonitorStore.setState(initialMonitorState, true);
});

describe('monitor actions', () => {
  it('opens the first model with a production version and reads its report, series, alerts and distribution', async () => {
    const s = scriptedTransport();
    setTransport(s.transport);
    const done = refreshModels();
    s.calls[0]?.answer(ok([model('draft', [1], null), model('churn', [1, 2], 2)]));
    await settle();
    expect(useMonitorStore.getState()).toMatchObject({ selectedModel: 'churn', pickedVersion: null });
    expect(s.find('alerts.list')?.input).toEqual({ modelName: 'churn', limit: 50 });
    expect(s.find('monitor.report')?.input).toEqual({
      modelName: 'churn',
      version: 2,
      window: { rows: 1000 },
    });
    expect(s.find('monitor.series')?.input).toEqual({
      modelName: 'churn',
      version: 2,
      windowRows: 1000,
      windows: 20,
    });
    s.find('alerts.list')?.answer(ok({ alerts: [alert('a')], openCount: 1 }));
    s.find('monitor.report')?.answer(ok(report()));
    s.find('monitor.series')?.answer(ok(series([[]])));
    await settle();
    // The drifted feature (city) comes first in the table, so it is the one shown.
    expect(useMonitorStore.getState().selectedFeature).toBe('city');
    expect(s.find('monitor.distribution')?.input).toEqual({
      modelName: 'churn',
      version: 2,
      feature: 'city',
      window: { rows: 1000 },
    });
    const dist = { feature: 'city', kind: 'categorical', bins: [], referenceRows: 10, currentRows: 5 };
    s.find('monitor.distribution')?.answer(ok(dist));
    await done;
    const st = useMonitorStore.getState();
    expect(st.report?.version).toBe(2);
    expect(st.series?.windows).toHaveLength(1);
    expect(st.distribution).toEqual(dist);
    expect(st.openCount).toBe(1);
    expect(st.refreshing).toBe(false);
  });

  it('reads no report when the model has no production version and none is picked', async () => {
    setMonitor({ models: [model('draft', [1, 2], null)], modelsLoaded: true, selectedModel: 'draft' });
    const s = scriptedTransport();
    setTransport(s.transport);
    await refreshMonitor();
    expect(s.calls.map((c) => c.name)).toEqual(['alerts.list']);
    expect(useMonitorStore.getState()).toMatchObject({ report: null, refreshing: false });
    // Picking a version reads that version's traffic.
    const picked = selectVersion(1);
    expect(s.find('monitor.report', 1)?.input).toEqual({
      modelName: 'draft',
      version: 1,
      window: { rows: 1000 },
    });
    s.find('monitor.report', 1)?.answer(ok(report({ modelName: 'draft', version: 1, features: [] })));
    s.find('monitor.series', 1)?.answer(ok(series([])));
    await picked;
    expect(useMonitorStore.getState().report?.version).toBe(1);
  });

  it('keeps only the newest refresh’s answers', async () => {
    setMonitor({ models: [model('churn', [1, 2], 2)], modelsLoaded: true, selectedModel: 'churn' });
    const s = scriptedTransport();
    setTransport(s.transport);
    const first = refreshMonitor();
    const second = refreshMonitor();
    const reports = s.calls.filter((c) => c.name === 'monitor.report');
    const seriesCalls = s.calls.filter((c) => c.name === 'monitor.series');
    const fresh = report({ features: [numericFeature('age', 'ks', 0.5, false)] });
    reports[1]?.answer(ok(fresh));
    seriesCalls[1]?.answer(ok(series([])));
    await settle();
    s.find('monitor.distribution')?.answer(
      ok({ feature: 'age', kind: 'numeric', bins: [], referenceRows: 1, currentRows: 1 }),
    );
    await second;
    reports[0]?.answer(ok(report({ features: [categoricalFeature('stale', 'chi2', 0.01, true)] })));
    seriesCalls[0]?.answer(ok(series([[]])));
    await first;
    const st = useMonitorStore.getState();
    expect(st.report?.features.map((f) => f.feature)).toEqual(['age']);
    expect(st.series?.windows).toHaveLength(0);
    expect(st.selectedFeature).toBe('age');
  });

  it('says what to fix in the window field and reads nothing', async () => {
    setMonitor({ models: [model('churn', [1], 1)], modelsLoaded: true, selectedModel: 'churn' });
    const s = scriptedTransport();
    setTransport(s.transport);
    setWindowText('5');
    await applyWindowAndRefresh();
    expect(s.calls).toEqual([]);
    expect(useMonitorStore.getState()).toMatchObject({
      windowError: 'Give a number from 10 to 1,000,000.',
      windowRows: 1000,
    });
    setWindowText('50000');
    const applied = applyWindowAndRefresh();
    expect(useMonitorStore.getState()).toMatchObject({ windowError: null, windowRows: 50_000 });
    expect(s.find('monitor.series')?.input).toEqual({
      modelName: 'churn',
      version: 1,
      windowRows: 50_000,
      windows: 4,
    });
    s.find('monitor.report')?.answer({
      ok: false,
      error: { kind: 'not_found', message: 'No reference profile.' },
    });
    s.find('monitor.series')?.answer(ok(series([])));
    await applied;
    expect(useMonitorStore.getState()).toMatchObject({ report: null, reportError: 'No reference profile.' });
  });

  it('acknowledges an alert, marks it at once and re-reads the list', async () => {
    setMonitor({ selectedModel: 'churn', alerts: [alert('a'), alert('b')], openCount: 2 });
    const s = scriptedTransport();
    setTransport(s.transport);
    const ack = acknowledgeAlert('a');
    expect(useMonitorStore.getState().acknowledging).toBe('a');
    expect(s.calls[0]).toMatchObject({ name: 'alerts.acknowledge', input: { id: 'a' } });
    s.calls[0]?.answer(ok(alert('a', { acknowledgedAt: '2026-01-01T10:05:00.000Z', acknowledgedBy: 'ana' })));
    await settle();
    const st = useMonitorStore.getState();
    expect(st).toMatchObject({ acknowledging: null, openCount: 1, acknowledgeError: null });
    expect(st.alerts.find((a) => a.id === 'a')?.acknowledgedBy).toBe('ana');
    // The banner's open alerts and this list are both read again.
    expect(s.calls.slice(1).map((c) => [c.name, c.input])).toEqual([
      ['alerts.list', { open: true, limit: 200 }],
      ['alerts.list', { modelName: 'churn', limit: 50 }],
    ]);
    s.calls[1]?.answer(ok({ alerts: [], openCount: 0 }));
    s.calls[2]?.answer(ok({ alerts: [alert('b')], openCount: 1 }));
    await ack;
    expect(useMonitorStore.getState().alerts.map((a) => a.id)).toEqual(['b']);
  });
});
