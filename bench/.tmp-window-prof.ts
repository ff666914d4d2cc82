import { join } from 'node:path';
import { openDatabase } from '../src/main/engine/db/connection.js';
import { SqliteLogSink } from '../src/main/engine/serve/runtime/log-sink.js';
import type { LoggedRequest } from '../src/main/engine/serve/types.js';
import { readWindow } from '../src/main/engine/monitor/window/read-window.js';
import { liveMetrics } from '../src/main/engine/monitor/live/live-metrics.js';
import type { WindowFeatureSpec } from '../src/main/engine/monitor/window/feature-spec.js';

const ROWS = 100_000;
const features: WindowFeatureSpec[] = [
  ...Array.from({ length: 15 }, (_, j) => ({ name: `n${j}`, kind: 'numeric' as const })),
  ...Array.from({ length: 5 }, (_, j) => ({ name: `c${j}`, kind: 'categorical' as const })),
];
const dir = '/tmp/aif-window-bench';
const path = join(dir, 'factory.db');
if (process.argv[2] === 'fill') {
  const { mkdirSync, rmSync } = await import('node:fs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const db = openDatabase({ path });
  const sink = new SqliteLogSink(db);
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (const model of ['single', 'other']) {
    const batch: LoggedRequest[] = [];
    for (let k = 0; k < ROWS; k++) {
      const r: Record<string, unknown> = {};
      for (const f of features) r[f.name] = f.kind === 'numeric' ? Math.round(rnd() * 1e6) / 1e3 : `cat${Math.floor(rnd() * 30)}`;
      batch.push({ modelName: model, version: 1, idPrefix: `p${model}`, firstSeq: k + 1, rows: 1, format: 'v1-instances', body: JSON.stringify({ instances: [r] }), jsonLength: null, labels: '["no","yes"]', outputs: Float32Array.of(0.3, 0.7), latencyMs: 1, at: 1_000_000 + k });
      if (batch.length >= 1000) sink.writeLog(batch.splice(0));
    }
    const fb = [];
    for (let s = 1; s <= ROWS; s += 5) fb.push({ predictionId: `p${model}-${s.toString(36)}`, label: 'yes', at: 2_000_000 });
    sink.writeFeedback(fb);
  }
  db.close();
} else {
  const reader = openDatabase({ path, readonly: true });
  const what = process.argv[2];
  for (let i = 0; i < 4; i++) {
    const s = performance.now();
    if (what === 'live') liveMetrics(reader, readWindow(reader, { model: 'single', lastRows: ROWS }));
    else readWindow(reader, { model: 'single', lastRows: ROWS }, what === 'bare' ? [] : features);
    console.log(what, (performance.now() - s).toFixed(1), 'ms');
  }
}
