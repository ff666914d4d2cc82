/**
 * Profile one load shape against our inference server (for finding what limits a bench number):
 * trains the bench model, starts the server, runs the load, stops cleanly so every thread writes
 * its profile. Run: node --cpu-prof --cpu-prof-dir=/tmp/prof bin/run-ts.mjs bench/serve-profile.ts [batch|single] [seconds] [connections]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../src/main/engine/index.js';
import { generateRows, MODEL, trainBenchModel } from './serve-fixture.js';
import { runLoad } from './serve-load.js';

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
const r = await runLoad({ url: `${status.url}/v1/models/${MODEL}:predict`, body, connections, seconds });
console.log(
  `${shape}, ${connections} conns: ${r.rps.toFixed(0)} req/s (${((r.rps * (shape === 'batch' ? rows.length : 1)) / 1000).toFixed(1)}k rows/s), p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} ms, non-2xx ${r.non2xx}`,
);
await engine.call('serve.stop', {});
await engine.close();
rmSync(tmp, { recursive: true, force: true });
