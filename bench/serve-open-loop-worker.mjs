// Open-loop load (see serve-open-loop.ts): one request every 1/rate s on a schedule, whatever the
// answers do; each latency runs from the request's scheduled time to the end of its response.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, body, bodies, rate, seconds, connections, headers } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const target = new URL(url);
// Request i sends bodies[i mod n] (varied traffic), or the one body.
const payloads = (bodies ?? [body]).map((b) => Buffer.from(b));
const interval = 1000 / rate;
const total = Math.round(rate * seconds);
const latencies = new Float64Array(total);
let sent = 0;
let done = 0;
let ok = 0;
let failed = 0;
const start = performance.now() + 20;

function send(i, scheduled) {
  const payload = payloads[i % payloads.length];
  const req = http.request(
    {
      agent,
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
    },
    (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        latencies[i] = performance.now() - scheduled;
        if (res.statusCode >= 200 && res.statusCode < 300) ok++;
        else failed++;
        finish();
      });
    },
  );
  req.on('error', () => {
    latencies[i] = performance.now() - scheduled;
    failed++;
    finish();
  });
  req.end(payload);
}

function finish() {
  done++;
  if (done === total) {
    agent.destroy();
    parentPort.postMessage({ latencies, ok, failed, seconds: (performance.now() - start) / 1000 }, [
      latencies.buffer,
    ]);
  }
}

function tick() {
  const now = performance.now();
  while (sent < total && start + sent * interval <= now) {
    send(sent, start + sent * interval);
    sent++;
  }
  if (sent < total) {
    const wait = start + sent * interval - performance.now();
    if (wait > 1.5) setTimeout(tick, wait - 1);
    else setImmediate(tick);
  }
}
setTimeout(tick, 20);
