/**
 * Serving: a trained 20-feature tabular MLP (generated binary-classification data, trained through
 * the engine, promoted) served
 *   (a) by the baseline: a bare node:http server in a worker thread doing one predictRecords per
 *       request (the model's pipeline transform on the raw row + one model.predict; see
 *       serve-baseline-worker.ts), and
 *   (b) by our inference server (serve.start: TF-Serving-style route, pipeline, dynamic batching,
 *       request log on).
 * Measured with autocannon (in this thread; each server runs in its own worker thread):
 *   single-row requests at a fixed 1,000 req/s, open loop (serve-open-loop.ts) → p50/p99 (target p99 ≤ 2 ms),
 *   and autocannon at overallRate 1,000 (bursts; for comparison);
 *   single-row requests on 32 connections → req/s and p99 (target ≥ 1.5x the baseline, p99 no worse);
 *   1,000-row requests → rows/s (target ≥ 100k);
 *   a promote and a rollback during a 32-connection load → non-2xx responses (target 0).
 * Run: node bin/run-ts.mjs bench/serve.ts [seconds per measurement, default 8]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../src/main/engine/index.js';
import { startBaseline } from './serve-baseline.js';
import { generateRows, MODEL, trainBenchModel } from './serve-fixture.js';
import { type LoadOptions, type LoadResult, runLoad } from './serve-load.js';
import { type OpenLoopResult, openLoop } from './serve-open-loop.js';

const seconds = Number(process.argv[2] ?? 8);
const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), 'aif-bench-serve-'));
const engine = await openEngine({ shell: 'cli', workspace: tmp });
const backend = (await engine.call('app.backend', {})).chosen;
const { artifactDirs } = await trainBenchModel(engine, tmp);
await engine.call('models.promote', {
  name: MODEL,
  version: 1,
  reason: 'serving bench, not evaluated',
  overrideGate: true,
});
console.log(
  `serving bench: model ${MODEL} (20 features, binary MLP) on ${backend}, trained in ${((performance.now() - started) / 1000).toFixed(1)} s; ${seconds} s per measurement, Node ${process.versions.node}`,
);

const { rows } = generateRows(1000, 99);
const single = JSON.stringify({ instances: [rows[0]] });
const batch = JSON.stringify({ instances: rows });
const path = `/v1/models/${MODEL}:predict`;

async function measure(
  url: string,
  label: string,
): Promise<{ open: OpenLoopResult; fixed: LoadResult; c32: LoadResult; batch: LoadResult }> {
  const base: Omit<LoadOptions, 'connections' | 'body'> = { url: url + path, seconds };
  await runLoad({ ...base, body: single, connections: 8, seconds: 2 }); // warm up
  const open = await openLoop({ url: url + path, body: single, rate: 1000, seconds, connections: 16 });
  const fixed = await runLoad({ ...base, body: single, connections: 8, overallRate: 1000 });
  const c32 = await runLoad({ ...base, body: single, connections: 32 });
  const b = await runLoad({ ...base, body: batch, connections: 4 });
  console.log(
    `  ${label}: open loop @1000 req/s p50 ${open.p50.toFixed(2)} p99 ${open.p99.toFixed(2)} ms; autocannon @1000 req/s p99 ${fixed.p99.toFixed(2)} ms; 32 conns ${c32.rps.toFixed(0)} req/s p99 ${c32.p99.toFixed(2)} ms; 1000-row ${((b.rps * rows.length) / 1000).toFixed(1)}k rows/s`,
  );
  return { open, fixed, c32, batch: b };
}

async function firstPrediction(url: string): Promise<unknown> {
  const r = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: single,
  });
  const body = (await r.json()) as { predictions: { prediction: unknown; probabilities: unknown }[] };
  const p = body.predictions[0];
  return { prediction: p?.prediction, probabilities: p?.probabilities };
}

const baseline = await startBaseline({
  artifactDir: artifactDirs[0] as string,
  backend,
  name: MODEL,
  version: 1,
});
const basePrediction = await firstPrediction(baseline.url);
const b = await measure(baseline.url, 'baseline');
await baseline.stop();

const status = await engine.call('serve.start', { options: { port: 0 } });
if (!status.url) throw new Error(`the server did not start: ${status.error}`);
const oursPrediction = await firstPrediction(status.url);
const o = await measure(status.url, 'ours');
// The server's own latency (request in → response out, from serve.stats' per-second points) during
// the fixed-rate run: what the server adds, apart from the load generator and the machine's load.
const points = (await engine.call('serve.stats', {})).points.filter((p) => {
  const at = Date.parse(p.at);
  return at > o.fixed.startedAt + 1000 && at <= o.fixed.endedAt && p.requests > 0;
});
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
const serverP50 = median(points.map((p) => p.p50Ms ?? Number.NaN));
const serverP99 = median(points.map((p) => p.p99Ms ?? Number.NaN));
const serverP99Max = Math.max(...points.map((p) => p.p99Ms ?? 0));
const swap = await runLoad({
  url: status.url + path,
  body: single,
  connections: 32,
  seconds,
  during: [
    {
      atMs: (seconds * 1000) / 3,
      run: () =>
        engine.call('models.promote', {
          name: MODEL,
          version: 2,
          reason: 'bench: promote under load',
          overrideGate: true,
        }),
    },
    {
      atMs: (seconds * 2000) / 3,
      run: () => engine.call('models.rollback', { name: MODEL, reason: 'bench: rollback under load' }),
    },
  ],
});
const stats = await engine.call('serve.stats', {});
await engine.call('serve.stop', {});
await engine.close();
rmSync(tmp, { recursive: true, force: true });

const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const k = (x: number) => `${(x / 1000).toFixed(1)}k`;
const rowsPerSec = (r: LoadResult) => r.rps * rows.length;
const ok = (pass: boolean) => (pass ? 'met' : 'MISSED');
console.log(
  `\nsame prediction for row 0: ${JSON.stringify(basePrediction) === JSON.stringify(oursPrediction) ? 'yes' : `NO (baseline ${JSON.stringify(basePrediction)}, ours ${JSON.stringify(oursPrediction)})`}`,
);
console.log(
  'latencies: open loop = one request every 1 ms from a worker thread, timed from its scheduled send (serve-open-loop.ts);\n' +
    "autocannon rows: from each response time (its whole-ms histogram in brackets); autocannon's overallRate sends each\n" +
    "connection's quota for the second back to back, then waits: bursts at full speed, so its p99 is a burst's, not a 1,000 req/s rate's\n",
);
const table: [string, string, string, string, string][] = [
  ['measure', 'baseline', 'ours', 'target', 'ours/baseline'],
  ['1 row, open loop 1000 req/s: p50 ms', f(b.open.p50), f(o.open.p50), '', f(o.open.p50 / b.open.p50)],
  [
    '1 row, open loop 1000 req/s: p90 ms; share ≤ 2 ms',
    `${f(b.open.p90)}; ${f(100 * b.open.within2ms, 1)} %`,
    `${f(o.open.p90)}; ${f(100 * o.open.within2ms, 1)} %`,
    '',
    f(o.open.p90 / b.open.p90),
  ],
  [
    '1 row, open loop 1000 req/s: p99 ms (non-2xx)',
    `${f(b.open.p99)} (${b.open.failed})`,
    `${f(o.open.p99)} (${o.open.failed})`,
    `≤ 2 (${ok(o.open.p99 <= 2 && o.open.failed === 0)})`,
    f(o.open.p99 / b.open.p99),
  ],
  [
    '1 row, autocannon @1000 req/s: achieved req/s',
    f(b.fixed.rps, 0),
    f(o.fixed.rps, 0),
    '1000',
    f(o.fixed.rps / b.fixed.rps),
  ],
  [
    '1 row, autocannon @1000 req/s: p50 ms',
    `${f(b.fixed.p50)} [${b.fixed.acP50}]`,
    `${f(o.fixed.p50)} [${o.fixed.acP50}]`,
    '',
    f(o.fixed.p50 / b.fixed.p50),
  ],
  [
    '1 row, autocannon @1000 req/s: p90 ms; share ≤ 2 ms',
    `${f(b.fixed.p90)}; ${f(100 * b.fixed.within2ms, 1)} %`,
    `${f(o.fixed.p90)}; ${f(100 * o.fixed.within2ms, 1)} %`,
    '',
    f(o.fixed.p90 / b.fixed.p90),
  ],
  [
    '1 row, autocannon @1000 req/s: p99 ms',
    `${f(b.fixed.p99)} [${b.fixed.acP99}]`,
    `${f(o.fixed.p99)} [${o.fixed.acP99}]`,
    '(bursts)',
    f(o.fixed.p99 / b.fixed.p99),
  ],
  [
    '  server-side (serve.stats) p50; p99 median/max of seconds',
    '',
    `${f(serverP50)}; ${f(serverP99)}/${f(serverP99Max)}`,
    '',
    '',
  ],
  [
    '1 row, 32 conns: req/s',
    f(b.c32.rps, 0),
    f(o.c32.rps, 0),
    `≥ 1.5x (${ok(o.c32.rps >= 1.5 * b.c32.rps)})`,
    f(o.c32.rps / b.c32.rps),
  ],
  [
    '1 row, 32 conns: p99 ms',
    `${f(b.c32.p99)} [${b.c32.acP99}]`,
    `${f(o.c32.p99)} [${o.c32.acP99}]`,
    `≤ baseline (${ok(o.c32.p99 <= b.c32.p99)})`,
    f(o.c32.p99 / b.c32.p99),
  ],
  [
    '1000 rows, 4 conns: rows/s',
    k(rowsPerSec(b.batch)),
    k(rowsPerSec(o.batch)),
    `≥ 100k (${ok(rowsPerSec(o.batch) >= 100_000)})`,
    f(rowsPerSec(o.batch) / rowsPerSec(b.batch)),
  ],
  ['1000 rows, 4 conns: p99 ms', f(b.batch.p99), f(o.batch.p99), '', f(o.batch.p99 / b.batch.p99)],
  [
    'promote+rollback, 32 conns: non-2xx',
    '',
    `${swap.non2xx + swap.errors} of ${swap.requests}`,
    `0 (${ok(swap.non2xx + swap.errors === 0)})`,
    '',
  ],
  ['promote+rollback, 32 conns: req/s, p99 ms', '', `${f(swap.rps, 0)}, ${f(swap.p99)}`, '', ''],
];
const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
for (const r of table) console.log(r.map((cell, c) => cell.padEnd(widths[c] as number)).join('  '));
const errs = [b.fixed, b.c32, b.batch, o.fixed, o.c32, o.batch, swap].map((r) => r.non2xx + r.errors);
if (errs.some((e) => e > 0))
  console.log(
    `\nnon-2xx/errors per run (b fixed, c32, batch; ours fixed, c32, batch; swap): ${errs.join(', ')}; swap codes ${JSON.stringify(swap.statusCodes)}`,
  );
console.log(
  `\nrequest log: ${stats.totals.logged} rows logged, ${stats.totals.logDropped} dropped; total ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
