// Child process for the kill-and-resume test: opens the engine on argv[2], trains a long run on a
// seeded dataset, prints {"runId", "versionId"} once two epochs are done, then waits to be killed.
import { openEngine } from '../engine.js';
import { seedDataset } from './seed-dataset.js';

const workspace = process.argv[2];
if (!workspace) throw new Error('usage: train-child.ts WORKSPACE');
const engine = await openEngine({ shell: 'test', workspace, env: { AI_FACTORY_BACKEND: 'wasm' } });
const n = 4000;
const { versionId } = seedDataset(
  engine,
  'stream',
  [
    { name: 'x', type: 'float', values: Array.from({ length: n }, (_, i) => ((i * 37) % 100) / 10) },
    {
      name: 'y',
      type: 'categorical',
      values: Array.from({ length: n }, (_, i) => (((i * 37) % 100) / 10 > 5 ? 'hi' : 'lo')),
    },
  ],
  { target: 'y', task: 'binary' },
);
const { run } = await engine.call('train.start', {
  versionId,
  params: { epochs: 500, batchSize: 16, earlyStopping: { enabled: false } },
});
const timer = setInterval(() => {
  if ((engine.context.ml.runs.get(run.id)?.epochsDone ?? 0) >= 2) {
    clearInterval(timer);
    process.stdout.write(`${JSON.stringify({ runId: run.id, versionId })}\n`);
    setInterval(() => {}, 1000);
  }
}, 20);
