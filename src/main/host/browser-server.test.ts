import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { PickedFile, WsAnswer } from '../../shared/bridge.js';
import type { Result } from '../../shared/errors.js';
import type { EngineEvent } from '../../shared/events.js';
import type { JobRecord } from '../../shared/jobs.js';
import { openTestEngine, type TestEngine } from '../engine/test-support/open-test-engine.js';
import { tempDir } from '../engine/test-support/temp-workspace.js';
import { type BrowserHost, startBrowserHost } from './browser-server.js';

let t: TestEngine | undefined;
let host: BrowserHost | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await host?.close();
  await t?.cleanup();
  for (const c of cleanups.splice(0)) c();
  host = undefined;
  t = undefined;
});

async function start(): Promise<string> {
  t = await openTestEngine();
  const ui = tempDir('aif-ui-');
  cleanups.push(ui.cleanup);
  writeFileSync(join(ui.dir, 'index.html'), '<!doctype html><title>AI Factory</title>');
  host = await startBrowserHost({ engine: t.engine, port: 0, rendererDir: ui.dir });
  return host.url.replace(/\/$/, '');
}

const post = (base: string, name: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/commands/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

function openWs(base: string): Promise<{ ws: WebSocket; messages: unknown[] }> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/events`);
  const messages: unknown[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  return new Promise((resolve, reject) => {
    ws.on('open', () => resolve({ ws, messages }));
    ws.on('error', reject);
  });
}

async function until<T>(fn: () => T | undefined, ms = 15_000): Promise<T> {
  const startAt = Date.now();
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() - startAt > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('browser-mode server', () => {
  it('binds 127.0.0.1 and serves the UI with a strict CSP', async () => {
    const base = await start();
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>AI Factory</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('runs a command over HTTP and answers the Result envelope', async () => {
    const base = await start();
    const res = await post(base, 'settings.get', '{}');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Result<{ 'ui.theme': string }>;
    expect(body.ok && body.value['ui.theme']).toBe('system');
  });

  it('answers unknown commands, bad input and malformed JSON with typed errors and keeps serving', async () => {
    const base = await start();
    const unknown = await post(base, 'nope.nope', '{}');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { kind: 'unknown_command' } });
    const bad = await post(base, 'jobs.start', JSON.stringify({ kind: 'launch.rockets' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', message: expect.stringMatching(/kind/) },
    });
    const malformed = await post(base, 'jobs.list', '{"limit": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    const route = await fetch(`${base}/api/nothing-here`);
    expect(route.status).toBe(404);
    expect(await route.json()).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    expect((await post(base, 'settings.get', '{}')).status).toBe(200);
  });

  it('refuses requests for another host name (DNS rebinding) and from another origin', async () => {
    const base = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(
        `${base}/api/commands/settings.get`,
        { method: 'POST', headers: { host: 'evil.example:80', 'content-type': 'application/json' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end('{}');
    });
    expect(status).toBe(400);
    const cross = await post(base, 'settings.get', '{}', { origin: 'http://evil.example' });
    expect(cross.status).toBe(400);
    expect(await cross.json()).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/cross-origin/) },
    });
  });

  it('streams engine events over the WebSocket and runs commands sent on it', async () => {
    const base = await start();
    const { ws, messages } = await openWs(base);
    ws.send(JSON.stringify({ id: 1, command: 'jobs.start', input: { kind: 'workspace.check' } }));
    const answer = await until(() =>
      messages.find((m): m is WsAnswer => (m as WsAnswer).type === 'answer' && (m as WsAnswer).id === 1),
    );
    expect(answer.result.ok).toBe(true);
    const job = (answer.result as { ok: true; value: JobRecord }).value;
    const finished = await until(() =>
      messages.find((m) => {
        const e = m as EngineEvent;
        return e.type === 'job.updated' && e.job.id === job.id && e.job.status === 'succeeded';
      }),
    );
    expect(finished).toBeDefined();
    expect(messages.some((m) => (m as EngineEvent).type === 'job.progress')).toBe(true);

    ws.send('this is not json');
    ws.send(JSON.stringify({ id: 'x', command: 'nope' }));
    const bad = await until(() =>
      messages.find((m) => (m as WsAnswer).type === 'answer' && (m as WsAnswer).id === null),
    );
    expect(bad).toMatchObject({
      result: { ok: false, error: { kind: 'invalid_input', message: expect.stringMatching(/Malformed/) } },
    });
    const unknown = await until(() => messages.find((m) => (m as WsAnswer).id === 'x'));
    expect(unknown).toMatchObject({ result: { ok: false, error: { kind: 'unknown_command' } } });
    // The socket is still open and answering.
    ws.send(JSON.stringify({ id: 2, command: 'settings.get', input: {} }));
    const ok = await until(() => messages.find((m) => (m as WsAnswer).id === 2));
    expect(ok).toMatchObject({ result: { ok: true } });
    ws.close();
  });

  it('stores an upload in the workspace and returns its path', async () => {
    const base = await start();
    const payload = 'a,b\n1,2\n'.repeat(10_000);
    const res = await fetch(`${base}/api/upload?name=${encodeURIComponent('../../etc/my data.csv')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: payload,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Result<PickedFile>;
    if (!body.ok) throw new Error(body.error.message);
    expect(body.value.name).toBe('my data.csv');
    expect(body.value.size).toBe(payload.length);
    expect(body.value.path.startsWith(t?.engine.paths.uploadsDir ?? '?')).toBe(true);
    expect(readFileSync(body.value.path, 'utf8')).toBe(payload);
    const wrongType = await fetch(`${base}/api/upload?name=x.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(wrongType.status).toBe(400);
  });
});
