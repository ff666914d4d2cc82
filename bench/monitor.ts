/**
 * Monitoring's performance targets (issue 7):
 *   (a) a full drift report for a 100k-row window × 20 features against a 100k-row reference in
 *       under 300 ms: generated data, 15 numeric features (normal, a few shifted, 1 % missing) and
 *       5 categorical ones (3 to 40 categories, two re-weighted, one with an unseen category), 100k
 *       reference and 100k current rows. Timed: the statistics of a report exactly as
 *       buildMonitorReport composes them — featureReports (featureDrift + featureQuality of every
 *       feature, the current window's columns as a Float64Array / string array each) then
 *       qualityBreaches and datasetDrift — with the reference prepared once (numericSample /
 *       categorySample, as referenceData caches it); one warm-up, then best and median of 5.
 *       For the note (no target): reading a 100k-row window from a real request log (readWindow
 *       over an engine workspace whose log holds 100k single-row requests of the bench model, written
 *       by the server's own log writer, SqliteLogSink, through the request-log test helpers) and the
 *       whole `monitor.report` command on it (the engine's reference: the training sample, 10k rows).
 *   (b) monitoring beside the server raises its p99 latency by no more than 10 %: the real inference
 *       server (serve.start; its own worker thread) with the bench model (serve-fixture.ts), single-row
 *       requests (1,000 distinct rows in turn) at a fixed 1,000 req/s from an open-loop generator (as
 *       serve-open-loop.ts: a worker thread, latency from each scheduled send) for `seconds`, without
 *       monitoring and with this thread calling `monitor.report` (window: last 1,000 rows) every
 *       second as a watch would;
 *       interleaved without, with, without, with; the median p99 of each condition compared (the
 *       verdict), and for context the median of every second's p99 and the server's own p99 (serve.stats).
 *       The load generator is deliberately not autocannon (serve-load.ts): it runs in this thread,
 *       so a report holding the thread would stall the client and be counted as server latency.
 * Run: node bin/run-ts.mjs bench/monitor.ts [seconds per load run, default 12]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../src/main/engine/data/split/prng.js';
import { openEngine } from '../src/main/engine/index.js';
import { liveMetrics } from '../src/main/engine/monitor/live/live-metrics.js';
import { featureReports, qualityBreaches } from '../src/main/engine/monitor/report/build-report.js';
import {
  type ReferenceData,
  type ReferenceFeature,
  referenceData,
} from '../src/main/engine/monitor/report/reference-data.js';
import { categorySample } from '../src/main/engine/monitor/stats/category-sample.js';
import { datasetDrift } from '../src/main/engine/monitor/stats/dataset-drift.js';
import { featureDrift } from '../src/main/engine/monitor/stats/feature-drift.js';
import { featureQuality } from '../src/main/engine/monitor/stats/feature-quality.js';
import { numericSample } from '../src/main/engine/monitor/stats/numeric-sample.js';
import { readWindow } from '../src/main/engine/monitor/window/read-window.js';
import { loggedRequest } from '../src/main/engine/monitor/window/test-support/request-log-db.js';
import type { FeatureColumn, WindowColumns } from '../src/main/engine/monitor/window/window-types.js';
import { SqliteLogSink } from '../src/main/engine/serve/runtime/log-sink.js';
import { MonitorThresholds } from '../src/shared/monitor-report.js';
import { generateRows, MODEL, trainBenchModel } from './serve-fixture.js';
import { type OpenLoopResult, openLoop } from './serve-open-loop.js';

const seconds = Number(process.argv[2] ?? 12);
const ROWS = 100_000;
const NUMERIC = 15;
const CATEGORICAL = 5;
const REPS = 5;
const TARGET_REPORT_MS = 300;
const TARGET_P99_RATIO = 1.1;
const WATCH_ROWS = 1000;
const started = performance.now();

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const verdict = (pass: boolean) => (pass ? 'met' : 'MISSED');
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** One warm-up call, then `reps` timed ones (ms). */
function timed(fn: () => unknown, reps = REPS): { best: number; median: number } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { best: Math.min(...times), median: median(times) };
}

async function timedAsync(
  fn: () => Promise<unknown>,
  reps = REPS,
): Promise<{ best: number; median: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { best: Math.min(...times), median: median(times) };
}

// ---------------------------------------------------------------- (a) the statistics of one report

/** Standard normal draws (Box–Muller) from a seeded generator. */
function normals(rand: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Numeric feature j: N(j, 1 + j mod 3), 1 % missing; every third one's current values shifted by 0.25 std. */
function numericColumn(j: number, current: boolean, rand: () => number): Float64Array {
  const z = normals(rand);
  const std = 1 + (j % 3);
  const shift = current && j % 3 === 0 ? 0.25 * std : 0;
  return Float64Array.from({ length: ROWS }, () => (rand() < 0.01 ? Number.NaN : j + shift + std * z()));
}

/** Categorical feature j: 3 + 9j categories, Zipf-like weights; features 0 and 1 re-weighted, feature 2 has an unseen category. */
function categoricalColumn(j: number, current: boolean, rand: () => number): (string | null)[] {
  const k = 3 + 9 * j;
  const weights = Array.from({ length: k }, (_, i) => 1 / (i + 1));
  if (current && j < 2) weights.reverse();
  const total = weights.reduce((s, w) => s + w, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w / total;
    cumulative.push(acc);
  }
  return Array.from({ length: ROWS }, () => {
    const u = rand();
    if (u < 0.005) return null;
    if (current && j === 2 && u < 0.03) return 'never-seen';
    const i = cumulative.findIndex((c) => u <= c);
    return `c${i < 0 ? k - 1 : i}`;
  });
}

function syntheticReport() {
  const rand = mulberry32(2024);
  const features: ReferenceFeature[] = [];
  const columns: FeatureColumn[] = [];
  for (let j = 0; j < NUMERIC; j++) {
    const numbers = numericColumn(j, false, rand);
    const name = `n${j}`;
    features.push({
      name,
      pipelineKind: 'numeric',
      kind: 'numeric',
      numbers,
      categories: null,
      sample: numericSample(numbers),
    });
    const values = numericColumn(j, true, rand);
    const missing = values.reduce((s, v) => s + (Number.isNaN(v) ? 1 : 0), 0);
    columns.push({ name, kind: 'numeric', values, missing, typeErrors: 0 });
  }
  for (let j = 0; j < CATEGORICAL; j++) {
    const categories = categoricalColumn(j, false, rand);
    const name = `c${j}`;
    features.push({
      name,
      pipelineKind: 'categorical',
      kind: 'categorical',
      numbers: null,
      categories,
      sample: categorySample(categories),
    });
    const values = categoricalColumn(j, true, rand);
    columns.push({
      name,
      kind: 'categorical',
      values,
      missing: values.filter((v) => v === null).length,
      typeErrors: 0,
    });
  }
  // featureReports reads the reference's features and the window's rows and feature columns only.
  const reference: ReferenceData = {
    pipeline: {} as ReferenceData['pipeline'],
    rows: ROWS,
    features,
    skipped: [],
    target: null,
  };
  const window: WindowColumns = {
    model: 'synthetic',
    version: 1,
    span: null,
    rows: ROWS,
    requests: ROWS,
    predictionIds: [],
    at: new Float64Array(0),
    latencyMs: new Float64Array(0),
    versions: new Int32Array(0),
    features: columns,
    predictions: { classes: null, labels: null, values: null, probabilities: null },
    formats: [],
  };
  return { reference, window };
}

const thresholds = MonitorThresholds.parse({});
const synthetic = syntheticReport();
let lastDrift = datasetDrift([]);
const reportStats = timed(() => {
  const features = featureReports(synthetic.reference, synthetic.window, thresholds);
  qualityBreaches(features, thresholds);
  lastDrift = datasetDrift(features, { share: thresholds.datasetShare });
});
const methods = new Set(
  featureReports(synthetic.reference, synthetic.window, thresholds).map((x) => `${x.kind} → ${x.method}`),
);
// For the note: the same statistics with each current column prepared (sorted / counted) once and
// shared by drift and quality; featureReports passes the raw column to both, so each is prepared twice.
const sharedStats = timed(() => {
  const { reference, window } = synthetic;
  const features = reference.features.map((ref, i) => {
    const col = window.features[i] as FeatureColumn;
    if (ref.kind === 'numeric') {
      const cur = numericSample(col.values as Float64Array);
      const sample = ref.sample as ReturnType<typeof numericSample>;
      return { ...featureDrift(sample, cur, 'numeric'), quality: featureQuality(sample, cur, 'numeric') };
    }
    const cur = categorySample(col.values as (string | null)[]);
    const sample = ref.sample as ReturnType<typeof categorySample>;
    return {
      ...featureDrift(sample, cur, 'categorical'),
      quality: featureQuality(sample, cur, 'categorical'),
    };
  });
  datasetDrift(features);
});
const referencePrep = timed(() => {
  for (const ref of synthetic.reference.features) {
    if (ref.numbers) numericSample(ref.numbers);
    else categorySample(ref.categories as (string | null)[]);
  }
}, 3);
console.log(
  `monitoring bench, Node ${process.versions.node}; (a) synthetic: ${NUMERIC} numeric + ${CATEGORICAL} categorical features, ${ROWS / 1000}k reference and ${ROWS / 1000}k current rows; methods chosen: ${[...methods].join(', ')}; dataset drift share ${f(lastDrift.share, 2)} (${lastDrift.count}/${lastDrift.total})`,
);
console.log(
  `  report statistics (featureReports + qualityBreaches + datasetDrift): best ${f(reportStats.best)} ms, median ${f(reportStats.median)} ms of ${REPS}; target < ${TARGET_REPORT_MS} ms (${verdict(reportStats.median < TARGET_REPORT_MS)})`,
);
console.log(
  `  for the note: same with each current column prepared once for drift and quality: best ${f(sharedStats.best)}, median ${f(sharedStats.median)} ms; preparing the 100k-row reference (once per version, cached): median ${f(referencePrep.median)} ms`,
);

// ---------------------------------------------------------------- the engine: a real request log
const tmp = mkdtempSync(join(tmpdir(), 'aif-bench-monitor-'));
const engine = await openEngine({ shell: 'cli', workspace: tmp });
const backend = (await engine.call('app.backend', {})).chosen;
const { artifactDirs } = await trainBenchModel(engine, tmp);
await engine.call('models.promote', {
  name: MODEL,
  version: 1,
  reason: 'monitoring bench, not evaluated',
  overrideGate: true,
});
console.log(
  `\nbench model ${MODEL} (20 numeric features, binary MLP) on ${backend}, ready at ${f((performance.now() - started) / 1000)} s`,
);

// 100k single-row requests of v1, as the server logs them (the same writer, one row per request), one per ms up to now.
const sink = new SqliteLogSink(engine.context.db);
const { rows: fillRows } = generateRows(ROWS, 5);
const fillStart = Date.now() - ROWS;
const fillT0 = performance.now();
for (let i = 0; i < ROWS; i += 10_000) {
  const chunk = fillRows.slice(i, i + 10_000).map((record, k) => {
    const p = (((i + k) * 7919) % 1000) / 1000;
    return loggedRequest({
      records: [record],
      format: 'v1-instances',
      first: i + k,
      at: fillStart + i + k,
      classes: ['no', 'yes'],
      outputs: [1 - p, p],
      model: MODEL,
      version: 1,
      latencyMs: 1,
      prefix: 'b0b0b0b0b0b0',
    });
  });
  sink.writeLog(chunk);
}
const fillMs = performance.now() - fillT0;
const reference = referenceData(artifactDirs[0] as string, `${MODEL} v1`);
const specs = reference.features.map((x) => ({ name: x.name, kind: x.pipelineKind }));
let windowRows = 0;
const read = timed(() => {
  windowRows = readWindow(engine.context.db, { model: MODEL, version: 1, lastRows: ROWS }, specs).rows;
});
const window100k = readWindow(engine.context.db, { model: MODEL, version: 1, lastRows: ROWS }, specs);
const engineStats = timed(() => featureReports(reference, window100k, thresholds));
const live = timed(() => liveMetrics(engine.context.db, window100k));
const report = await timedAsync(() =>
  engine.call('monitor.report', { modelName: MODEL, version: 1, window: { rows: ROWS } }),
);
const watchReport = await timedAsync(() =>
  engine.call('monitor.report', { modelName: MODEL, version: 1, window: { rows: WATCH_ROWS } }),
);
console.log(
  `  request log: ${ROWS / 1000}k single-row requests written in ${f(fillMs, 0)} ms; reference = training sample, ${reference.rows} rows`,
);
console.log(
  `  readWindow of the newest ${windowRows} rows (20 features): best ${f(read.best)} ms, median ${f(read.median)} ms (no target)`,
);
console.log(
  `  on that window: statistics vs the 10k-row reference (featureReports) median ${f(engineStats.median)} ms; live metrics (feedback join, no labels) median ${f(live.median)} ms`,
);
console.log(
  `  monitor.report, window ${ROWS / 1000}k rows: best ${f(report.best)} ms, median ${f(report.median)} ms (no target); window ${WATCH_ROWS} rows (the watch's): best ${f(watchReport.best)} ms, median ${f(watchReport.median)} ms`,
);

// ---------------------------------------------------------------- (b) p99 with and without a watch

/** Open-loop results, with the p99 of each second. */
type OpenLoopRun = OpenLoopResult;

const status = await engine.call('serve.start', { options: { port: 0 } });
if (!status.url) throw new Error(`the server did not start: ${status.error}`);
const url = `${status.url}/v1/models/${MODEL}:predict`;
const bodies = generateRows(1000, 99).rows.map((r) => JSON.stringify({ instances: [r] }));
await openLoop({ url, bodies, rate: 1000, seconds: 3, connections: 16 }); // warm up

interface LoadRun {
  monitored: boolean;
  open: OpenLoopRun;
  serverP99: number;
  reports: number[];
}

async function loadRun(monitored: boolean): Promise<LoadRun> {
  const reports: number[] = [];
  let busy = false;
  const watch = monitored
    ? setInterval(() => {
        if (busy) return;
        busy = true;
        const t0 = performance.now();
        void engine
          .call('monitor.report', { modelName: MODEL, window: { rows: WATCH_ROWS } })
          .then((r) => {
            if (r.window.rows !== WATCH_ROWS) throw new Error(`the watch read ${r.window.rows} rows`);
            reports.push(performance.now() - t0);
          })
          .finally(() => {
            busy = false;
          });
      }, 1000)
    : null;
  const from = Date.now();
  const open = await openLoop({ url, bodies, rate: 1000, seconds, connections: 16 });
  const to = Date.now();
  if (watch) clearInterval(watch);
  while (busy) await new Promise((r) => setTimeout(r, 10));
  // The server's own per-second p99 (request in → response out), median over the run's full seconds.
  const points = (await engine.call('serve.stats', {})).points.filter((p) => {
    const at = Date.parse(p.at);
    return at > from + 1000 && at <= to && p.requests > 0;
  });
  const serverP99 = median(points.map((p) => p.p99Ms ?? Number.NaN));
  console.log(
    `  ${monitored ? 'with   ' : 'without'} monitoring: p50 ${f(open.p50, 2)} p90 ${f(open.p90, 2)} p99 ${f(open.p99, 2)} max ${f(open.max, 1)} ms (per-second p99: median ${f(median(open.secondP99s), 2)} ms), ${open.ok} ok / ${open.failed} failed, ${f(open.achievedRate, 0)} req/s; server-side p99 (median of seconds) ${f(serverP99, 2)} ms${monitored ? `; ${reports.length} reports, median ${f(median(reports))} ms, max ${f(Math.max(...reports))} ms` : ''}`,
  );
  return { monitored, open, serverP99, reports };
}

console.log(
  `\n(b) open-loop single-row requests at 1,000 req/s, ${seconds} s per run; "with" = this thread runs monitor.report (last ${WATCH_ROWS} rows) every second`,
);
const runs: LoadRun[] = [];
for (const monitored of [false, true, false, true]) runs.push(await loadRun(monitored));
const stats = await engine.call('serve.stats', {});
await engine.call('serve.stop', {});
await engine.close();
rmSync(tmp, { recursive: true, force: true });

const p99Of = (m: boolean, pick: (r: LoadRun) => number) =>
  median(runs.filter((r) => r.monitored === m).map(pick));
const without = p99Of(false, (r) => r.open.p99);
const withWatch = p99Of(true, (r) => r.open.p99);
const serverWithout = p99Of(false, (r) => r.serverP99);
const serverWith = p99Of(true, (r) => r.serverP99);
const failed = runs.reduce((s, r) => s + r.open.failed, 0);
const secondsOf = (m: boolean) =>
  median(runs.filter((r) => r.monitored === m).flatMap((r) => r.open.secondP99s));
const perSecondWithout = secondsOf(false);
const perSecondWith = secondsOf(true);
console.log(
  `  p99 (client, open loop; median of 2 runs each): without ${f(without, 2)} ms, with ${f(withWatch, 2)} ms, ratio ${f(withWatch / without, 2)}; target ≤ ${TARGET_P99_RATIO} (${verdict(withWatch / without <= TARGET_P99_RATIO && failed === 0)})`,
);
console.log(
  `  p99 of each second (client; the median over the 2 × ${seconds} seconds of each condition, less swayed by one stall): without ${f(perSecondWithout, 2)} ms, with ${f(perSecondWith, 2)} ms, ratio ${f(perSecondWith / perSecondWithout, 2)}`,
);
console.log(
  `  server-side p99 (serve.stats; median of the runs' medians): without ${f(serverWithout, 2)} ms, with ${f(serverWith, 2)} ms, ratio ${f(serverWith / serverWithout, 2)}`,
);
console.log(
  "  note: this machine's tail latency is noisy (a bare node:http server's p99 at 1,000 req/s varies 5–10 ms run to run, and other work may share the 2 cores): these are medians of 2 interleaved runs per condition, not a stable figure",
);
console.log(
  `\nrequest log: ${stats.totals.logged} rows logged, ${stats.totals.logDropped} dropped; failed requests ${failed}; total ${f((performance.now() - started) / 1000, 0)} s`,
);
