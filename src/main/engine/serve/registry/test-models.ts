import type { Engine } from '../../engine.js';
import { seedDataset } from '../../test-support/seed-dataset.js';

/** Two separable classes in 3 numeric features and a helpful category (tests only). */
function seedBlobs(engine: Engine, n: number) {
  let s = 11;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const cls = Array.from({ length: n }, (_, i) => (i % 2 ? 'yes' : 'no'));
  const f = (k: number) => cls.map((c) => (c === 'yes' ? 1.5 : -1.5) * (k % 2 ? 1 : -1) + (rnd() - 0.5) * 2);
  return seedDataset(
    engine,
    'blobs',
    [
      { name: 'a', type: 'float', values: f(0) },
      { name: 'b', type: 'float', values: f(1) },
      { name: 'c', type: 'float', values: f(2) },
      {
        name: 'kind',
        type: 'categorical',
        values: cls.map((c, i) => (c === 'yes' ? (i % 3 ? 'p' : 'q') : 'r')),
      },
      { name: 'label', type: 'categorical', values: cls },
    ],
    { target: 'label', task: 'binary' },
  );
}

/**
 * Real model versions for registry tests (tests only): seed a small dataset and train tiny runs,
 * `count` per model name (→ v1, v2, ...). Returns the dataset version and each model's run ids.
 */
export async function trainModelVersions(
  engine: Engine,
  counts: Record<string, number>,
): Promise<{ datasetId: string; versionId: string; runs: Record<string, string[]> }> {
  const { datasetId, versionId } = seedBlobs(engine, 300);
  const runs: Record<string, string[]> = {};
  const trainOne = async (name: string, seed: number) => {
    const { run, job } = await engine.call('train.start', {
      versionId,
      modelName: name,
      params: { epochs: 2, seed, earlyStopping: { enabled: false } },
    });
    const done = await engine.context.runner.settled(job.id);
    if (done.status !== 'succeeded') throw new Error(`training ${name} failed: ${done.error?.message}`);
    return run.id;
  };
  // Models train side by side; one model's runs one after another, so versions follow run order.
  await Promise.all(
    Object.entries(counts).map(async ([name, count]) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push(await trainOne(name, i + 1));
      runs[name] = ids;
    }),
  );
  return { datasetId, versionId, runs };
}
