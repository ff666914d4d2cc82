/**
 * Hyperband (ASHA) against random search on the same search space, seed and data: Adult, a
 * stratified 70/15/15 split, the train part subsampled to 10k rows (every validation row kept,
 * so rankings are less noisy), 16 trials of at most 9 epochs, eta 3, concurrency 1. Target:
 * Hyperband's best validation accuracy within 0.5 points of random search's best, for at most
 * 40 % of its epochs. Measured here: 36 % of the epochs, 0.37 points (10k rows, about 7 CPU
 * minutes); with --rows 15000, 35 % and 0.02 points (about 11 CPU minutes).
 * Trials train in this process with the training core on tfjs wasm (checkpoints in a temp dir,
 * so promotions resume). `--fake` swaps in the synthetic objective (no training) to check the
 * bench itself.
 *
 * Run: node bin/run-ts.mjs bench/tuning.ts [--fake] [--trials 16] [--max-epochs 9] [--rows 10000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../src/main/engine/data/intake/import-file.js';
import { fitPipeline } from '../src/main/engine/data/pipeline/fit-pipeline.js';
import { selectRows } from '../src/main/engine/data/recipes/gather.js';
import { computeSplit, countParts } from '../src/main/engine/data/split/compute-split.js';
import { seededPermutation } from '../src/main/engine/data/split/prng.js';
import { missingCount } from '../src/main/engine/data/table/cells.js';
import type { Table } from '../src/main/engine/data/table/types.js';
import { loadTf } from '../src/main/engine/ml/tf-loader.js';
import type { DataShape } from '../src/main/engine/ml/train/defaults.js';
import { InProcessTrialRunner } from '../src/main/engine/ml/tune/in-process-runner.js';
import { SyntheticRunner } from '../src/main/engine/ml/tune/synthetic-runner.js';
import {
  defaultSearchSpace,
  runTuning,
  type TrialRunner,
  type TuneResult,
} from '../src/main/engine/ml/tune/tune.js';
import { datasetPath } from '../src/main/engine/test-support/datasets.js';
import { type ColumnSchema, PipelineOptions, SplitSpec } from '../src/shared/data.js';
import { type SearchSpace, TuneSpec } from '../src/shared/train.js';

const { values: opt } = parseArgs({
  options: {
    fake: { type: 'boolean', default: false },
    trials: { type: 'string', default: '16' },
    'max-epochs': { type: 'string', default: '9' },
    rows: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
  },
});
const TRIALS = Number(opt.trials);
const MAX_EPOCHS = Number(opt['max-epochs']);
const TRAIN_ROWS = Number(opt.rows);
const SEED = Number(opt.seed);
const TARGET = 'income';

interface Prepared {
  makeRunner(workDir: string): TrialRunner & { errors?: Map<string, string> };
  describe: string;
}

/** Adult, subsampled so the train part has about TRAIN_ROWS rows; split; pipeline fitted on train. */
async function prepareAdult(): Promise<Prepared> {
  const t0 = performance.now();
  const signal = new AbortController().signal;
  const imported = await importFile(
    { path: datasetPath('adult_train.csv'), format: 'auto', header: 'auto' },
    { signal, progress: () => {} },
  );
  const full: Table = imported.table;
  const task = 'binary' as const;
  const fullSplit = computeSplit(
    full,
    SplitSpec.parse({ method: 'stratified', train: 0.7, validation: 0.15, test: 0.15, seed: 42 }),
    { name: TARGET, task },
  );
  // Keep every validation and test row; keep TRAIN_ROWS of the train rows, chosen at random.
  const keep = new Uint8Array(full.rowCount);
  let trainSeen = 0;
  const order = seededPermutation(full.rowCount, 2024);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (fullSplit[i] !== 0) keep[i] = 1;
    else if (trainSeen < TRAIN_ROWS) {
      keep[i] = 1;
      trainSeen++;
    }
  }
  const table = selectRows(full, keep);
  const assignment = new Uint8Array(table.rowCount);
  for (let i = 0, j = 0; i < full.rowCount; i++) if (keep[i]) assignment[j++] = fullSplit[i] as number;
  const columns: ColumnSchema[] = table.columns.map((c) => ({
    name: c.name,
    type: c.type,
    inferredType: imported.inferred[c.name] ?? c.type,
    storage: c.data.storage,
    role: c.name === TARGET ? 'target' : 'feature',
    blob: '',
    missing: missingCount(c.data),
    evidence: null,
  }));
  const pipeline = fitPipeline(
    table,
    { versionId: 'bench-adult', columns, target: TARGET, task },
    assignment,
    PipelineOptions.parse({}),
  );
  const counts = countParts(assignment);
  const shape: DataShape = {
    trainRows: counts.train,
    features: pipeline.denseWidth,
    classes: pipeline.target?.classes?.length ?? 2,
    task,
    textColumns: [],
  };
  const tf = await loadTf('wasm');
  const data = { table, columns, target: TARGET, task, assignment };
  return {
    describe: `Adult: ${counts.train} train / ${counts.validation} validation rows, ${pipeline.denseWidth} features, tfjs ${tf.getBackend()} (prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    makeRunner: (workDir) => new InProcessTrialRunner({ tf, data, pipeline, shape, workDir, signal }),
  };
}

function prepareFake(): Prepared {
  return {
    describe: 'synthetic objective (--fake: no training)',
    makeRunner: () => new SyntheticRunner({ seed: SEED }),
  };
}

interface Outcome {
  result: TuneResult;
  best: number | null;
  seconds: number;
}

async function tuneWith(
  strategy: 'random' | 'hyperband',
  prepared: Prepared,
  space: SearchSpace,
): Promise<Outcome> {
  const spec = TuneSpec.parse({
    versionId: 'bench',
    strategy,
    trials: TRIALS,
    maxEpochs: MAX_EPOCHS,
    eta: 3,
    concurrency: 1,
    seed: SEED,
  });
  const workDir = mkdtempSync(join(tmpdir(), `aif-bench-tune-${strategy}-`));
  const runner = prepared.makeRunner(workDir);
  const t0 = performance.now();
  let last = '';
  try {
    const result = await runTuning(spec, space, 'accuracy', runner, {
      signal: new AbortController().signal,
      now: () => Date.now(),
      onUpdate: (_trials, p) => {
        if (/ epochs?, accuracy/.test(p.message) && p.message !== last) {
          last = p.message;
          console.log(`  [${strategy}] ${p.message.split(';')[0]}`);
        }
      },
    });
    for (const [runId, message] of runner.errors ?? [])
      console.log(`  [${strategy}] ${runId} failed: ${message}`);
    const best = result.trials.find((t) => t.runId === result.bestRunId)?.metric ?? null;
    return { result, best, seconds: (performance.now() - t0) / 1000 };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const prepared = opt.fake ? prepareFake() : await prepareAdult();
const space = defaultSearchSpace('mlp');
console.log(`tuning: ${TRIALS} trials, maxEpochs ${MAX_EPOCHS}, eta 3, seed ${SEED}, default mlp space`);
console.log(prepared.describe);
const random = await tuneWith('random', prepared, space);
const hyperband = await tuneWith('hyperband', prepared, space);
const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(2)} %`);
for (const [name, o] of [
  ['random search', random],
  ['hyperband (ASHA)', hyperband],
] as const) {
  const failed = o.result.trials.filter((t) => t.status === 'failed').length;
  console.log(
    `${name.padEnd(17)} total epochs ${String(o.result.totalEpochs).padStart(4)}, best validation accuracy ${pct(o.best)}, wall ${o.seconds.toFixed(1)} s${failed ? `, ${failed} failed trials` : ''}`,
  );
}
if (random.best === null || hyperband.best === null) {
  console.log('no result to compare: every trial of a strategy failed (see above)');
  process.exitCode = 1;
} else {
  const ratio = hyperband.result.totalEpochs / random.result.totalEpochs;
  const gap = (random.best - hyperband.best) * 100;
  const okRatio = ratio <= 0.4;
  const okGap = gap <= 0.5;
  console.log(
    `epochs hyperband / random: ${(ratio * 100).toFixed(1)} % (target ≤ 40 %) ${okRatio ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `accuracy gap (random best − hyperband best): ${gap.toFixed(2)} points (target ≤ 0.5) ${okGap ? 'PASS' : 'FAIL'}`,
  );
}
