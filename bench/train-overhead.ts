/**
 * What the factory costs over a bare model.fit: the same model (same seeded weights), data, params
 * and backend trained
 * (a) by model.fit on tensors already in memory (shuffle, validation data), and
 * (b) through the factory's job: the table stored as a dataset version in a real workspace, split
 *     80/20, and trained by `train.start` in a worker thread (pipeline fitted in the job, batches
 *     transformed chunk by chunk, curves sent to the main thread and written to SQLite, a checkpoint
 *     per epoch, artifacts saved, the model filed). (b) is timed over its epochs (the samples/s its
 *     curves report; target (b)/(a) ≥ 0.9) and end to end, submit to settled: worker start, backend
 *     load, data load, pipeline fit and model filing are fixed costs, printed in seconds.
 * A third column, trainModel called in this thread with hooks that serialise and write what they get,
 * separates the training loop's own cost from the job's.
 * Data: a generated table of 20 numeric features and a binary target, 100k rows (80 % train).
 * The variants alternate `reps` times and the best of each is compared (on a shared machine the best
 * run is the least disturbed one); every run is printed too.
 * Run: node bin/run-ts.mjs bench/train-overhead.ts [rows] [epochs] [reps] [backends, e.g. wasm,cpu]
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Tensor } from '@tensorflow/tfjs';
import { fitPipeline } from '../src/main/engine/data/pipeline/fit-pipeline.js';
import { transformTable } from '../src/main/engine/data/pipeline/transform.js';
import { schemaOf } from '../src/main/engine/data/recipes/test-table.js';
import { mulberry32 } from '../src/main/engine/data/split/prng.js';
import { persistTable } from '../src/main/engine/data/table/persist.js';
import type { Table } from '../src/main/engine/data/table/types.js';
import { openEngine } from '../src/main/engine/index.js';
import { buildModel } from '../src/main/engine/ml/templates/build-model.js';
import { loadTf, type Tf } from '../src/main/engine/ml/tf-loader.js';
import { defaultTrainParams } from '../src/main/engine/ml/train/defaults.js';
import { rowSets } from '../src/main/engine/ml/train/row-sets.js';
import { type TrainData, trainModel } from '../src/main/engine/ml/train/train-model.js';
import type { BackendId } from '../src/shared/backend.js';
import { PipelineOptions } from '../src/shared/data.js';
import { RunDetail, type TrainParams } from '../src/shared/train.js';

const rows = Number(process.argv[2] ?? 100_000);
const epochs = Number(process.argv[3] ?? 3);
const reps = Number(process.argv[4] ?? 2);
const backends = (process.argv[5] ?? 'wasm,cpu').split(',') as BackendId[];
const FEATURES = 20;

function generated(n: number): TrainData {
  const rand = mulberry32(7);
  const cols = Array.from({ length: FEATURES }, () => new Float64Array(n));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let f = 0; f < FEATURES; f++) {
      const v = rand() * 2 - 1;
      (cols[f] as Float64Array)[i] = v;
      s += (f % 3 === 0 ? v * v : v) * (f % 2 ? 1 : -0.5);
    }
    codes[i] = s + (rand() - 0.5) > 0.3 ? 1 : 0;
  }
  const table: Table = {
    rowCount: n,
    rowIds: Int32Array.from({ length: n }, (_, i) => i),
    columns: [
      ...cols.map((values, f) => ({
        name: `x${f}`,
        type: 'float' as const,
        data: { storage: 'number' as const, values },
      })),
      { name: 'y', type: 'categorical', data: { storage: 'dict', codes, dictionary: ['no', 'yes'] } },
    ],
  };
  const assignment = Uint8Array.from({ length: n }, () => (rand() < 0.8 ? 0 : 1));
  return { table, columns: schemaOf(table, { y: 'target' }), target: 'y', task: 'binary', assignment };
}

const data = generated(rows);
const pipeline = fitPipeline(
  data.table,
  { versionId: 'bench', columns: data.columns, target: 'y', task: 'binary' },
  data.assignment,
  PipelineOptions.parse({}),
);
const sets = rowSets(pipeline, data);
const nTrain = sets.train.rows.length;
const params: TrainParams = {
  ...defaultTrainParams({
    trainRows: nTrain,
    features: pipeline.denseWidth,
    classes: 2,
    task: 'binary',
    textColumns: [],
  }),
  epochs,
  earlyStopping: { enabled: false, monitor: 'val_loss', patience: 5, minDelta: 0 },
};

interface Rate {
  wall: number;
  cpu: number;
}

/** Samples per wall-clock second and per CPU second of this process while `run` runs. */
async function measure(samples: number, run: () => Promise<void>): Promise<Rate> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  return { wall: samples / wall, cpu: samples / ((used.user + used.system) / 1e6) };
}

/** (a) model.fit on tensors made once from the whole train and validation sets. */
async function bare(tf: Tf, fitEpochs: number): Promise<Rate> {
  const { model } = buildModel(tf, pipeline, params);
  const tensors = (set: typeof sets.train): [Tensor, Tensor] => {
    const out = transformTable(pipeline, set.table, set.rows);
    return [
      tf.tensor2d(out.dense, [out.rowCount, pipeline.denseWidth]),
      tf.tensor2d(set.targets, [set.targets.length, 1]),
    ];
  };
  const [x, y] = tensors(sets.train);
  const [xv, yv] = tensors(sets.validation);
  model.compile({
    optimizer: tf.train.adam(params.learningRate),
    loss: 'binaryCrossentropy',
    metrics: ['accuracy'],
  });
  const rate = await measure(fitEpochs * nTrain, async () => {
    await model.fit(x, y, {
      batchSize: params.batchSize,
      epochs: fitEpochs,
      shuffle: true,
      validationData: [xv, yv],
      verbose: 0,
    });
  });
  tf.dispose([x, y, xv, yv]);
  model.dispose();
  return rate;
}

/** (b) trainModel with hooks that do what a job does with them: serialise, send, append to a log. */
async function viaTrainModel(tf: Tf): Promise<Rate> {
  const dir = mkdtempSync(join(tmpdir(), 'aif-bench-train-'));
  const sent: string[] = [];
  try {
    return await measure(epochs * nTrain, async () => {
      const r = await trainModel(
        { tf, data, pipeline, params, checkpointDir: join(dir, 'checkpoint'), resume: false },
        {
          signal: new AbortController().signal,
          onProgress: (p) => {
            sent.push(JSON.stringify({ type: 'progress', fraction: p.epoch / p.epochs, ...p }));
          },
          onEpoch: (e) => {
            const line = JSON.stringify({ type: 'metric', step: e.epoch, values: e });
            sent.push(line);
            appendFileSync(join(dir, 'epochs.jsonl'), `${line}\n`);
          },
          log: (level, message) => {
            sent.push(JSON.stringify({ type: 'log', level, message }));
          },
        },
      );
      r.model.dispose();
      if (r.epochsDone !== epochs || sent.length < epochs)
        throw new Error('the run did not train every epoch');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface JobRate {
  fixedSeconds: number;
  epochWall: number;
  job: Rate;
}

/** (c) the factory's job: dataset version → train.start → worker thread → run record and model. */
async function viaJob(backend: BackendId): Promise<JobRate> {
  const dir = mkdtempSync(join(tmpdir(), 'aif-bench-job-'));
  const engine = await openEngine({ shell: 'cli', workspace: dir, env: { AI_FACTORY_BACKEND: backend } });
  try {
    const { datasets, columns: store } = engine.context.data;
    const stored = persistTable(store, data.table, { target: 'y' });
    const { version } = datasets.createDataset({
      name: 'bench',
      source: { path: '/bench/generated.csv', format: 'csv', bytes: 0 },
      version: {
        parentId: null,
        recipe: null,
        note: 'generated by bench/train-overhead.ts',
        rows,
        columns: stored.columns,
        rowIdsBlob: stored.rowIdsBlob,
        target: 'y',
        task: 'binary',
        split: null,
      },
    });
    const split = await engine.call('data.split', {
      versionId: version.id,
      spec: { method: 'random', train: 0.8, validation: 0.2, test: 0, seed: 7 },
    });
    const splitDone = await engine.context.runner.settled(split.id);
    if (splitDone.status !== 'succeeded') throw new Error(`split failed: ${splitDone.error?.message}`);
    const trainRows = datasets.requireVersion(version.id).split?.counts.train;
    if (!trainRows) throw new Error('the split has no train rows');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { run, job } = await engine.call('train.start', { versionId: version.id, params });
    const done = await engine.context.runner.settled(job.id);
    const wall = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu0);
    if (done.status !== 'succeeded') throw new Error(`training job ${done.status}: ${done.error?.message}`);
    const detail = RunDetail.parse(await engine.call('runs.get', { runId: run.id }));
    if (detail.epochs.length !== epochs) throw new Error(`the job trained ${detail.epochs.length} epochs`);
    const trained = epochs * trainRows;
    const epochSeconds = detail.epochs.reduce((x, e) => x + e.durationMs, 0) / 1000;
    return {
      fixedSeconds: wall - epochSeconds,
      epochWall: trained / epochSeconds,
      job: { wall: trained / wall, cpu: trained / ((used.user + used.system) / 1e6) },
    };
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `train overhead: ${rows.toLocaleString('en-US')} rows × ${FEATURES} features (${nTrain.toLocaleString('en-US')} train), ` +
    `mlp ${params.mlp.hiddenLayers}×${params.mlp.units} ${params.mlp.activation}, dropout ${params.mlp.dropout}, ` +
    `batch ${params.batchSize}, adam, ${epochs} epochs, Node ${process.versions.node}`,
);
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const best = (xs: number[]) => Math.max(...xs);
const results: string[] = [];
for (const backend of backends) {
  const tf = await loadTf(backend);
  await bare(tf, 1); // warm-up: kernels and JIT
  const a: Rate[] = [];
  const t: Rate[] = [];
  const c: JobRate[] = [];
  for (let i = 0; i < reps; i++) {
    a.push(await bare(tf, epochs));
    t.push(await viaTrainModel(tf));
    c.push(await viaJob(backend));
    const [ra, rt, rc] = [a[i] as Rate, t[i] as Rate, c[i] as JobRate];
    console.log(
      `  ${backend} run ${i + 1}: (a) bare ${fmt(ra.wall)} /s   trainModel ${fmt(rt.wall)} /s   ` +
        `(b) job ${fmt(rc.epochWall)} /s over its epochs, ${fmt(rc.job.wall)} /s end to end (${rc.fixedSeconds.toFixed(1)} s outside the epochs)`,
    );
  }
  const [xa, xt, xc, xe] = [
    best(a.map((r) => r.wall)),
    best(t.map((r) => r.wall)),
    best(c.map((r) => r.epochWall)),
    best(c.map((r) => r.job.wall)),
  ];
  const cells = [xa, xt, xc, xe].map((x) => fmt(x).padStart(12));
  results.push(
    `${backend.padEnd(8)}${cells.join('')}${(xc / xa).toFixed(2).padStart(10)}${(xe / xa).toFixed(2).padStart(10)}`,
  );
}
console.log(`\nsamples per second, wall clock (best of ${reps}); target: (b)/(a) ≥ 0.90`);
console.log(
  `${'backend'.padEnd(8)}${['(a) bare', 'trainModel', '(b) epochs', '(b) e2e', '(b)/(a)', 'e2e/(a)'].map((h, i) => h.padStart(i < 4 ? 12 : 10)).join('')}`,
);
for (const line of results) console.log(line);
