import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertRecord, type RaiseAlertInput } from '../../../../shared/alerts.js';
import { AppError } from '../../../../shared/errors.js';
import { type AlertsWorkspace, openAlertsWorkspace } from './test-alerts-workspace.js';

interface Received {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
}

interface Receiver {
  server: Server;
  url: string;
  received: Received[];
}

/** A real HTTP server on 127.0.0.1 recording each request; `answer` decides the reply (or none). */
async function startReceiver(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/hooks/alerts`, received };
}

const servers: Server[] = [];
let w: AlertsWorkspace | undefined;
afterEach(async () => {
  await w?.cleanup();
  w = undefined;
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

async function receiver(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<Receiver> {
  const r = await startReceiver(answer);
  servers.push(r.server);
  return r;
}

const perf: RaiseAlertInput = {
  modelName: 'churn',
  version: 1,
  kind: 'performance',
  severity: 'critical',
  title: 'Live accuracy of churn v1 fell to 0.71',
  message:
    'Live accuracy 0.71 is 0.12 below the evaluated 0.83 (margin 0.05). Check recent labels, then retrain.',
  evidence: {
    values: { live: 0.71, evaluated: 0.83, margin: 0.05, labels: 420 },
    links: { evaluationId: 'ev_1' },
  },
  dedupeKey: 'performance:churn:1',
};

const logs = (w: AlertsWorkspace) => w.events.filter((e) => e.type === 'log');

describe('alert webhook (real local HTTP servers)', () => {
  it('POSTs each new alert as JSON to the local URL and records "sent"; a folded raise is not sent again', async () => {
    const r = await receiver((_req, res) => res.writeHead(204).end());
    w = openAlertsWorkspace();
    w.settings.set({ 'monitor.webhookUrl': r.url });
    const { alert } = w.alerts.raise(perf);
    w.alerts.raise(perf);
    await w.alerts.idle();
    expect(r.received).toHaveLength(1);
    const [got] = r.received;
    expect(got?.method).toBe('POST');
    expect(got?.url).toBe('/hooks/alerts');
    expect(got?.contentType).toBe('application/json');
    const posted = AlertRecord.parse(JSON.parse(got?.body ?? ''));
    expect(posted).toEqual({ ...alert, webhookStatus: null });
    expect(posted.evidence.values).toEqual({ live: 0.71, evaluated: 0.83, margin: 0.05, labels: 420 });
    expect(w.alerts.get(alert.id)?.webhookStatus).toBe('sent');
    expect(w.alerts.get(alert.id)?.count).toBe(2);
    expect(w.alerts.webhookStats()).toEqual({ sent: 1, failed: 0 });
    expect(logs(w)).toEqual([]);
  });

  it('never holds up raise(): the alert is stored and told before the webhook answers', async () => {
    let release: (() => void) | undefined;
    const r = await receiver((_req, res) => {
      release = () => res.writeHead(200).end('ok');
    });
    w = openAlertsWorkspace();
    w.settings.set({ 'monitor.webhookUrl': r.url });
    const { alert } = w.alerts.raise(perf);
    // raise() has returned: the alert is stored and the event is out, with no delivery recorded yet.
    expect(w.alerts.get(alert.id)?.webhookStatus).toBeNull();
    expect(w.events.filter((e) => e.type === 'alert')).toHaveLength(1);
    while (!release) await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await w.alerts.idle();
    expect(w.alerts.get(alert.id)?.webhookStatus).toBe('sent');
  });

  it('records a receiver that never answers as a timeout, counts it and logs it', async () => {
    const r = await receiver(() => {
      // never answer
    });
    w = openAlertsWorkspace();
    w.settings.set({ 'monitor.webhookUrl': r.url });
    const { alert } = w.alerts.raise(perf);
    await w.alerts.idle();
    expect(r.received).toHaveLength(1);
    expect(w.alerts.get(alert.id)?.webhookStatus).toBe('failed: no answer within 2 s');
    expect(w.alerts.webhookStats()).toEqual({ sent: 0, failed: 1 });
    expect(logs(w)).toEqual([
      {
        type: 'log',
        level: 'warn',
        message: `Alert webhook ${r.url} failed: no answer within 2 s (alert "${perf.title}"; 1 failed deliveries since start).`,
        jobId: null,
        at: expect.any(String),
      },
    ]);
  });

  it('records an HTTP error status, a redirect (not followed) and a refused connection as failures', async () => {
    const offSite = await receiver((_req, res) => res.writeHead(200).end());
    const broken = await receiver((_req, res) => res.writeHead(500).end('boom'));
    const redirecting = await receiver((_req, res) => res.writeHead(302, { location: offSite.url }).end());
    const gone = await receiver((_req, res) => res.end());
    const goneUrl = gone.url;
    gone.server.close();
    w = openAlertsWorkspace();
    const statuses: (string | null | undefined)[] = [];
    for (const [i, url] of [broken.url, redirecting.url, goneUrl].entries()) {
      w.settings.set({ 'monitor.webhookUrl': url });
      const { alert } = w.alerts.raise({ ...perf, dedupeKey: `k${i}` });
      await w.alerts.idle();
      statuses.push(w.alerts.get(alert.id)?.webhookStatus);
    }
    expect(statuses).toEqual([
      'failed: HTTP 500 Internal Server Error',
      'failed: HTTP 302 (redirects are not followed)',
      'failed: connection refused (is the receiver running?)',
    ]);
    expect(offSite.received).toEqual([]);
    expect(w.alerts.webhookStats()).toEqual({ sent: 0, failed: 3 });
    expect(logs(w)).toHaveLength(3);
  });

  it('refuses a webhook URL off this machine, with what to give instead, and keeps the old one', async () => {
    w = openAlertsWorkspace();
    w.settings.set({ 'monitor.webhookUrl': 'http://localhost:9000/alerts' });
    for (const url of [
      'http://example.com/alerts',
      'https://10.0.0.7/alerts',
      'http://127.0.0.1.nip.io/alerts',
      'ftp://127.0.0.1/alerts',
      'not a url',
    ]) {
      let err: unknown;
      try {
        w.settings.set({ 'monitor.webhookUrl': url });
      } catch (e) {
        err = e;
      }
      expect(err, url).toBeInstanceOf(AppError);
      expect((err as AppError).kind).toBe('invalid_input');
      expect((err as AppError).message).toMatch(
        /^monitor\.webhookUrl .*e\.g\. http:\/\/127\.0\.0\.1:9000\/alerts\.$/,
      );
    }
    expect(w.settings.get('monitor.webhookUrl')).toBe('http://localhost:9000/alerts');
    // Raising with no webhook set sends nothing and records nothing.
    w.settings.set({ 'monitor.webhookUrl': null });
    const { alert } = w.alerts.raise(perf);
    await w.alerts.idle();
    expect(w.alerts.get(alert.id)?.webhookStatus).toBeNull();
    expect(w.alerts.webhookStats()).toEqual({ sent: 0, failed: 0 });
  });
});
