import { join } from 'node:path';
import { openDatabase } from '../src/main/engine/db/connection.js';
import { SqliteLogSink } from '../src/main/engine/serve/runtime/log-sink.js';
import type { LoggedFormat, LoggedRequest } from '../src/main/engine/serve/types.js';
import { tempDir } from '../src/main/engine/test-support/temp-workspace.js';
import { readWindow } from '../src/main/engine/monitor/window/read-window.js';
import { readWindowSeries } from '../src/main/engine/monitor/window/window-series.js';
import { liveMetrics } from '../src/main/engine/monitor/live/live-metrics.js';
import type { WindowFeatureSpec } from '../src/main/engine/monitor/window/feature-spec.js';

const ROWS = 100_000;
const features: WindowFeatureSpec[] = [
  ...Array.from({ length: 15 }, (_, j) => ({ name: `n${j}`, kind: 'numeric' as const })),
  ...Array.from({ length: 5 }, (_, j) => ({ name: `c${j}`, kind: 'categorical' as const })),
];
let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const record = () => {
  const r: Record<string, unknown> = {};
  for (const f of features) r[f.name] = f.kind === 'numeric' ? (rnd() < 0.02 ? null : Math.round(rnd() * 1e6) / 1e3) : `cat${Math.floor(rnd() * 30)}`;
  return r;
};

function fill(model: string, perRequest: number, format: LoggedFormat, db: ReturnType<typeof openDatabase>) {
  const sink = new SqliteLogSink(db);
  let seq = 1;
  const batch: LoggedRequest[] = [];
  for (let k = 0; k * perRequest < ROWS; k++) {
    const recs = Array.from({ length: perRequest }, record);
    const body =
      format === 'v1-instances'
        ? JSON.stringify({ instances: recs })
        : JSON.stringify({ inputs: features.map((f) => ({ name: f.name, shape: [perRequest], datatype: f.kind === 'numeric' ? 'FP64' : 'BYTES', data: recs.map((r) => r[f.name]) })) });
    const outputs = new Float32Array(perRequest * 2);
    for (let i = 0; i < perRequest; i++) { const p = rnd(); outputs[2 * i] = 1 - p; outputs[2 * i + 1] = p; }
    batch.push({ modelName: model, version: 1, idPrefix: `p${model}`, firstSeq: seq, rows: perRequest, format, body, jsonLength: null, labels: '["no","yes"]', outputs, latencyMs: 1, at: 1_000_000 + k });
    seq += perRequest;
    if (batch.length >= 1000) { sink.writeLog(batch.splice(0)); }
  }
  sink.writeLog(batch.splice(0));
  // Feedback for 20% of rows.
  const fb = [];
  for (let s = 1; s < seq; s += 5) fb.push({ predictionId: `p${model}-${s.toString(36)}`, label: rnd() < 0.5 ? 'yes' : 'no', at: 2_000_000 });
  sink.writeFeedback(fb);
}

const { dir, cleanup } = tempDir();
const path = join(dir, 'factory.db');
const db = openDatabase({ path });
const cases: [string, number, LoggedFormat][] = [
  ['single', 1, 'v1-instances'],
  ['hundred', 100, 'v1-instances'],
  ['thousand', 1000, 'v2-json'],
];
for (const [m, n, f] of cases) fill(m, n, f, db);
const reader = openDatabase({ path, readonly: true });
const time = (label: string, fn: () => unknown, reps = 5) => {
  fn();
  const t: number[] = [];
  for (let i = 0; i < reps; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(`${label}: median ${t[Math.floor(reps / 2)]?.toFixed(1)} ms (min ${t[0]?.toFixed(1)}, max ${t[reps - 1]?.toFixed(1)})`);
};
for (const [m, n, f] of cases) {
  const w = readWindow(reader, { model: m, lastRows: ROWS }, features);
  console.log(`${m}: ${w.rows} rows in ${w.requests} requests of ${n} (${f}), typeErrors ${w.features.reduce((s, c) => s + c.typeErrors, 0)}`);
  time(`  readWindow 100k rows x 20 features`, () => readWindow(reader, { model: m, lastRows: ROWS }, features));
  time(`  readWindow 100k rows, no features`, () => readWindow(reader, { model: m, lastRows: ROWS }));
  time(`  series 10 x 10k rows x 20 features`, () => readWindowSeries(reader, { model: m, windowRows: 10_000, windows: 10 }, features));
  const bare = readWindow(reader, { model: m, lastRows: ROWS });
  time(`  liveMetrics (20k labels, 60k feedback rows in table)`, () => liveMetrics(reader, bare));
}
reader.close();
db.close();
cleanup();
