import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../shared/command-names.js';
import { contract } from '../../shared/contract.js';
import { DEFAULT_SETTINGS } from '../../shared/settings.js';
import { joinHandlers } from './handlers/join.js';
import { openTestEngine, type TestEngine } from './test-support/open-test-engine.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('engine.invoke (the boundary every shell uses)', () => {
  it('has exactly one schema per command name', () => {
    expect(Object.keys(contract).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('answers an unknown command with a typed error listing the known ones', async () => {
    t = await openTestEngine();
    const r = await t.engine.invoke('jobs.explode', {});
    expect(r).toMatchObject({ ok: false, error: { kind: 'unknown_command' } });
    if (!r.ok) expect(r.error.message).toContain('jobs.list');
    expect(await t.engine.invoke(42, {})).toMatchObject({ ok: false, error: { kind: 'unknown_command' } });
    expect(await t.engine.invoke({ evil: true }, null)).toMatchObject({
      ok: false,
      error: { kind: 'unknown_command' },
    });
  });

  it('answers malformed input with invalid_input naming the field', async () => {
    t = await openTestEngine();
    const r = await t.engine.invoke('jobs.start', { kind: 'backend.benchmark', params: { seconds: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('invalid_input');
      expect(r.error.message).toMatch(/params\.seconds/);
    }
    const extra = await t.engine.invoke('settings.set', { patch: { 'ui.colour': 'red' } });
    expect(extra).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    const notObject = await t.engine.invoke('jobs.get', 'job_1');
    expect(notObject).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    const missing = await t.engine.invoke('jobs.get', { id: 'job_nope' });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('runs a valid command and returns contract-shaped output', async () => {
    t = await openTestEngine();
    const settings = await t.engine.invoke('settings.get', {});
    expect(settings).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const summary = await t.engine.call('workspace.summary', {});
    expect(summary.steps.map((s) => s.id)).toEqual(['data', 'train', 'evaluate', 'deploy', 'monitor']);
    expect(summary.steps[0]?.state).toBe('ready');
    expect(summary.steps.every((s) => s.nextAction.length > 10)).toBe(true);
  });

  it('re-probes the backend when the ml.backend setting changes, and tells every listener', async () => {
    t = await openTestEngine({ env: { VITEST: '1' } });
    expect((await t.engine.call('app.backend', {})).chosen).toBe('wasm');
    await t.engine.call('settings.set', { patch: { 'ml.backend': 'cpu' } });
    const report = await t.engine.call('app.backend', {});
    expect(report.chosen).toBe('cpu');
    expect(report.forcedBy).toBe('setting');
    const changed = t.events.filter((e) => e.type === 'backend.changed');
    expect(changed.length).toBe(1);
  });
});

describe('joinHandlers', () => {
  it('refuses a command handled twice or not at all', () => {
    const one = { 'app.info': async () => ({}) as never };
    expect(() => joinHandlers(one, one)).toThrow(/two handlers/);
    expect(() => joinHandlers(one)).toThrow(/without a handler: app.backend/);
  });
});
