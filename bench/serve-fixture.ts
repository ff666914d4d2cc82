/**
 * The serving bench's model: a generated table of 20 numeric features and a binary target,
 * imported and trained through the engine (two runs → versions 1 and 2 of model `bench`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../src/main/engine/data/split/prng.js';
import type { Engine } from '../src/main/engine/index.js';
import { ImportResult } from '../src/shared/data-jobs.js';

export const FEATURES = 20;
export const MODEL = 'bench';

/** `n` rows of f0..f19 (uniform in [-1, 1]) and a label y in {no, yes}. */
export function generateRows(n: number, seed: number): { rows: Record<string, number>[]; labels: string[] } {
  const rand = mulberry32(seed);
  const rows: Record<string, number>[] = [];
  const labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const row: Record<string, number> = {};
    let s = 0;
    for (let f = 0; f < FEATURES; f++) {
      const v = Math.round((rand() * 2 - 1) * 1e4) / 1e4;
      row[`f${f}`] = v;
      s += (f % 3 === 0 ? v * v : v) * (f % 2 ? 1 : -0.5);
    }
    rows.push(row);
    labels.push(s + (rand() - 0.5) > 0.3 ? 'yes' : 'no');
  }
  return { rows, labels };
}

function writeCsv(path: string, n: number): void {
  const { rows, labels } = generateRows(n, 7);
  const header = [...Array.from({ length: FEATURES }, (_, f) => `f${f}`), 'y'].join(',');
  const lines = rows.map((r, i) => `${Object.values(r).join(',')},${labels[i]}`);
  writeFileSync(path, `${header}\n${lines.join('\n')}\n`);
}

async function settled(engine: Engine, jobId: string): Promise<unknown> {
  const done = await engine.context.runner.settled(jobId);
  if (done.status !== 'succeeded') throw new Error(`job ${done.kind} ${done.status}: ${done.error?.message}`);
  return done.result;
}

/** Import the table and train two versions of model `bench` (seeds 1 and 2); returns their artifact folders. */
export async function trainBenchModel(
  engine: Engine,
  tmp: string,
  rows = 20_000,
  epochs = 4,
): Promise<{ artifactDirs: string[] }> {
  const csv = join(tmp, `${MODEL}.csv`);
  writeCsv(csv, rows);
  const imported = ImportResult.parse(
    await settled(engine, (await engine.call('data.import', { path: csv, target: 'y', task: 'binary' })).id),
  );
  for (const seed of [1, 2]) {
    const { job } = await engine.call('train.start', {
      versionId: imported.versionId,
      modelName: MODEL,
      params: { template: 'mlp', epochs, seed, earlyStopping: { enabled: false } },
    });
    await settled(engine, job.id);
  }
  const model = (await engine.call('models.list', {})).find((m) => m.name === MODEL);
  if (!model || model.versions.length < 2) throw new Error('the bench model was not filed');
  const byVersion = [...model.versions].sort((a, b) => a.version - b.version);
  return { artifactDirs: byVersion.map((v) => join(engine.paths.dir, v.artifactDir)) };
}
