import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertRecord } from '../../../shared/alerts.js';
import { alertsFor } from '../monitor/alerts/alerts-for.js';
import { openTestEngine, type TestEngine } from '../test-support/open-test-engine.js';

let t: TestEngine;

beforeAll(async () => {
  t = await openTestEngine();
});
afterAll(async () => {
  await t?.cleanup();
});

const raise = (modelName: string, dedupeKey: string, severity: 'info' | 'warning' | 'critical' = 'warning') =>
  alertsFor(t.engine.context).raise({
    modelName,
    version: 1,
    kind: 'quality',
    severity,
    title: `Missing values in ${modelName}`,
    message: 'income is missing in 18% of live rows (2% in training). Check the client that sends it.',
    evidence: { values: { missingRate: 0.18, trainingRate: 0.02 } },
    dedupeKey,
  }).alert;

describe('alerts commands (engine)', () => {
  it('shares one alerts service per engine', () => {
    expect(alertsFor(t.engine.context)).toBe(alertsFor(t.engine.context));
  });

  it('lists alerts newest first with the open count, filtered by model and state', async () => {
    const a = raise('churn', 'q:churn');
    const b = raise('fraud', 'q:fraud', 'critical');
    const all = await t.engine.call('alerts.list', {});
    expect(all.alerts.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(all.openCount).toBe(2);
    expect(all.alerts.map((x) => AlertRecord.parse(x))).toEqual([b, a]);
    const churn = await t.engine.call('alerts.list', { modelName: 'churn', open: true, limit: 5 });
    expect(churn).toEqual({ alerts: [a], openCount: 1 });
    expect(await t.engine.call('alerts.list', { open: false })).toEqual({ alerts: [], openCount: 2 });
    expect(t.events.filter((e) => e.type === 'alert').map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('acknowledges by the given actor, or the OS user; again changes nothing', async () => {
    const a = raise('acks', 'q:acks:1');
    const acked = await t.engine.call('alerts.acknowledge', { id: a.id, actor: '  ana  ' });
    expect(acked).toMatchObject({ id: a.id, acknowledgedBy: 'ana' });
    expect(await t.engine.call('alerts.acknowledge', { id: a.id })).toEqual(acked);
    const b = raise('acks', 'q:acks:2');
    const byOs = await t.engine.call('alerts.acknowledge', { id: b.id });
    expect(byOs.acknowledgedBy).toBe(userInfo().username);
    expect(await t.engine.call('alerts.list', { modelName: 'acks' })).toMatchObject({ openCount: 0 });
  });

  it('answers an unknown alert with not_found and bad input with invalid_input', async () => {
    expect(await t.engine.invoke('alerts.acknowledge', { id: 'alert_missing' })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', message: expect.stringContaining('alert_missing') },
    });
    expect(await t.engine.invoke('alerts.acknowledge', { id: '' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', message: expect.stringContaining('give the alert id') },
    });
    expect(await t.engine.invoke('alerts.list', { limit: 0 })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', message: expect.stringContaining('limit') },
    });
  });

  it('refuses a remote webhook URL through settings.set, saying what to give', async () => {
    const r = await t.engine.invoke('settings.set', {
      patch: { 'monitor.webhookUrl': 'https://hooks.example.org/x' },
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid_input',
        message: expect.stringContaining('must point at this machine (127.0.0.1, localhost or [::1])'),
      },
    });
    const ok = await t.engine.call('settings.set', {
      patch: { 'monitor.webhookUrl': 'http://127.0.0.1:9/x' },
    });
    expect(ok['monitor.webhookUrl']).toBe('http://127.0.0.1:9/x');
    await t.engine.call('settings.set', { patch: { 'monitor.webhookUrl': null } });
  });
});
