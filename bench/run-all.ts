/**
 * Every benchmark, one after another, each in its own process (so peak RSS is its own):
 * backend throughput, data import vs DuckDB (+ profile of the stored version), profile alone,
 * labeling latency on a million rows, training overhead, tuning, serving, evaluation, monitoring. Run: npm run bench
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const runner = join(here, '..', 'bin', 'run-ts.mjs');
const benches = [
  'backend-throughput.ts',
  'data-import.ts',
  'profile.ts',
  'labeling.ts',
  'train-overhead.ts',
  'tuning.ts',
  'serve.ts',
  'evaluate.ts',
  'monitor.ts',
];
let failed = 0;
for (const b of benches) {
  console.log(`\n=== ${b}`);
  const r = spawnSync(process.execPath, [runner, join(here, b)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
