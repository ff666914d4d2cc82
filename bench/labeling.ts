/**
 * Labeling latency on a 1,000,000-row dataset: one "label this row, give me the next" round
 * trip through browser mode's HTTP API (what the UI does on each keypress), measured over 200
 * labels after a warm-up. Run: node bin/run-ts.mjs bench/labeling.ts [rows]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../src/main/engine/index.js';
import { seedDataset } from '../src/main/engine/test-support/seed-dataset.js';
import { startBrowserHost } from '../src/main/host/browser-server.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'aif-bench-label-'));
const ui = mkdtempSync(join(tmpdir(), 'aif-bench-ui-'));
writeFileSync(join(ui, 'index.html'), '<!doctype html>');
const engine = await openEngine({ shell: 'cli', workspace: dir, env: { AI_FACTORY_BACKEND: 'cpu' } });
const t0 = performance.now();
const cats = ['alpha', 'beta', 'gamma', 'delta'];
const columns = [
  ...Array.from({ length: 15 }, (_, c) => ({
    name: `x${c}`,
    type: 'float' as const,
    values: Array.from({ length: rows }, (_, i) => ((i * (c + 7)) % 1000) / 10),
  })),
  ...Array.from({ length: 4 }, (_, c) => ({
    name: `cat${c}`,
    type: 'categorical' as const,
    values: Array.from({ length: rows }, (_, i) => cats[(i + c) % 4] ?? null),
  })),
  { name: 'label', type: 'categorical' as const, values: Array.from({ length: rows }, () => null) },
];
const { versionId } = seedDataset(engine, 'bench', columns);
console.log(
  `labeling latency: ${rows.toLocaleString('en-US')} rows x ${columns.length} columns (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
const host = await startBrowserHost({ engine, port: 0, rendererDir: ui });
const call = async (name: string, input: unknown) => {
  const res = await fetch(`${host.url}api/commands/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as {
    ok: boolean;
    value: { items: { rowId: number }[] };
    error?: { message: string };
  };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value;
};
let queue = (await call('labels.queue', { versionId, annotator: 'bench', limit: 5 })).items;
const times: number[] = [];
for (let i = 0; i < 220; i++) {
  const item = queue[0];
  if (!item) throw new Error('queue ran dry');
  const start = performance.now();
  await call('labels.submit', {
    versionId,
    rowId: item.rowId,
    label: i % 2 ? 'yes' : 'no',
    annotator: 'bench',
  });
  queue = (await call('labels.queue', { versionId, annotator: 'bench', limit: 5 })).items;
  if (i >= 20) times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(2);
console.log(
  `label + next over HTTP: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${times.at(-1)?.toFixed(2)} ms (target < 50 ms)`,
);
await host.close();
await engine.close();
rmSync(dir, { recursive: true, force: true });
rmSync(ui, { recursive: true, force: true });
