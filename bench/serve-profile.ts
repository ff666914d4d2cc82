/**
 * Profile one load shape against our inference server (for finding what limits a bench number):
 * trains the bench model, starts the server, runs the load, stops cleanly so every thread writes
 * its profile. Run: node --cpu-prof --cpu-prof-dir=/tmp/prof bin/run-ts.mjs bench/serve-profile.ts [batch|single|open] [seconds] [connections]
 * (`open`: single rows at a fixed 1,000 req/s, open loop, as the latency target is measured).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../src/main/engine/index.js';
import { generateRows, MODEL, trainBenchModel } from './serve-fixture.js';
import { runLoad } from './serve-load.js';
import { openLoop } from './serve-open-loop.js';

const shape = process.argv[2] ?? 'batch';
const seconds = Number(process.argv[3] ?? 8);
const connections = Number(process.argv[4] ?? (shape === 'batch' ? 4 : 32));
const tmp = mkdtempSync(join(tmpdir(), 'aif-bench-serve-prof-'));
const engine = await openEngine({ shell: 'cli', workspace: tmp });
await trainBenchModel(engine, tmp);
await engine.call('models.promote', {
  name: MODEL,
  version: 1,
  reason: 'profile bench, not evaluated',
  overrideGate: true,
});
const status = await engine.call('serve.start', { options: { port: 0 } });
const { rows } = generateRows(1000, 99);
const body = JSON.stringify({ instances: shape === 'batch' ? rows : [rows[0]] });
const url = `${status.url}/v1/models/${MODEL}:predict`;
if (shape === 'open') {
  const o = await openLoop({ url, body, rate: 1000, seconds, connections: 16 });
  console.log(
    `open loop @1000 req/s: p50 ${o.p50.toFixed(2)} p90 ${o.p90.toFixed(2)} p99 ${o.p99.toFixed(2)} max ${o.max.toFixed(1)} ms, ${(o.within2ms * 100).toFixed(1)}% within 2 ms`,
  );
} else {
  const r = await runLoad({ url, body, connections, seconds });
  console.log(
    `${shape}, ${connections} conns: ${r.rps.toFixed(0)} req/s (${((r.rps * (shape === 'batch' ? rows.length : 1)) / 1000).toFixed(1)}k rows/s), p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} ms, non-2xx ${r.non2xx}`,
  );
}
await engine.call('serve.stop', {});
await engine.close();
rmSync(tmp, { recursive: true, force: true });
