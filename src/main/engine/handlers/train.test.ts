import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeaturePipeline } from '../../../shared/data.js';
import { InputSchema, ModelMetadata, ReferenceSample, RunDetail } from '../../../shared/train.js';
import { openTestEngine, type TestEngine } from '../test-support/open-test-engine.js';
import { seedDataset } from '../test-support/seed-dataset.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** Two well separated classes in 4 numeric features, plus a category that helps; `unlabeled` rows have no target. */
function seedBlobs(engine: TestEngine['engine'], n: number, unlabeled = 0) {
  let s = 7;
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
      { name: 'd', type: 'float', values: f(3) },
      {
        name: 'kind',
        type: 'categorical',
        values: cls.map((c, i) => (c === 'yes' ? (i % 3 ? 'p' : 'q') : i % 3 ? 'r' : 'q')),
      },
      { name: 'label', type: 'categorical', values: cls.map((c, i) => (i >= n - unlabeled ? null : c)) },
    ],
    { target: 'label', task: 'binary' },
  );
}

async function waitFor<T>(fn: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('training runs (engine)', () => {
  it('trains a run as a job, stores its curves, and files the model as a candidate version with all its artifacts', async () => {
    t = await openTestEngine();
    const { versionId } = seedBlobs(t.engine, 600, 40);
    const { run, job } = await t.engine.call('train.start', {
      versionId,
      params: { epochs: 6, seed: 3, earlyStopping: { enabled: false } },
    });
    // Free slot: the job starts at once, so the run reports running (queued only behind others).
    expect(['queued', 'running']).toContain(run.status);
    expect(run.jobId).toBe(job.id);
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.error).toBeNull();
    expect(done.status).toBe('succeeded');
    const detail = RunDetail.parse(await t.engine.call('runs.get', { runId: run.id }));
    expect(detail.status).toBe('succeeded');
    expect(detail.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(detail.epochsDone).toBe(6);
    expect(detail.metrics?.accuracy).toBeGreaterThan(0.9);
    expect(detail.testMetrics?.accuracy).toBeGreaterThan(0.9);
    expect(detail.backend).toBe('wasm');
    expect(detail.modelName).toBe('blobs');
    expect(detail.modelVersion).toBe(1);
    const models = await t.engine.call('models.list', {});
    expect(models).toEqual([expect.objectContaining({ name: 'blobs', task: 'binary' })]);
    const mv = models[0]?.versions[0];
    expect(mv).toMatchObject({ version: 1, stage: 'candidate', runId: run.id });
    const dir = join(t.dir, mv?.artifactDir ?? 'missing');
    for (const f of [
      'model.json',
      'weights.bin',
      'pipeline.json',
      'labels.json',
      'input-schema.json',
      'reference-profile.json',
      'reference-sample.json',
      'metadata.json',
    ]) {
      expect(existsSync(join(dir, f))).toBe(true);
    }
    // The reference sample: the train rows' raw feature values (all of them: fewer than 10,000).
    const sample = ReferenceSample.parse(
      JSON.parse(readFileSync(join(dir, 'reference-sample.json'), 'utf8')),
    );
    const pipeline = FeaturePipeline.parse(JSON.parse(readFileSync(join(dir, 'pipeline.json'), 'utf8')));
    expect(sample.rows).toBe(pipeline.fittedOn.rows);
    expect(sample.trainRows).toBe(pipeline.fittedOn.rows);
    expect(sample.columns.map((c) => [c.name, c.kind])).toEqual(
      pipeline.features.map((f) => [f.column, f.kind === 'categorical' ? 'categorical' : 'numeric']),
    );
    const meta = ModelMetadata.parse(JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')));
    expect(meta).toMatchObject({
      runId: run.id,
      modelName: 'blobs',
      modelVersion: 1,
      labels: ['no', 'yes'],
      target: 'label',
    });
    FeaturePipeline.parse(JSON.parse(readFileSync(join(dir, 'pipeline.json'), 'utf8')));
    const inputs = InputSchema.parse(JSON.parse(readFileSync(join(dir, 'input-schema.json'), 'utf8')));
    expect(inputs.map((i) => i.name)).toEqual(['a', 'b', 'c', 'd', 'kind']);
    // Every epoch reached the UI as a metric event, and the 40 unlabeled rows were scored for labeling.
    const epochEvents = t.events.filter(
      (e) => e.type === 'job.metric' && e.jobId === job.id && e.values.epoch !== undefined,
    );
    expect(epochEvents).toHaveLength(6);
    expect((done.result as { scored: number }).scored).toBe(40);
    const queue = await t.engine.call('labels.queue', {
      versionId,
      annotator: 'ann',
      order: 'entropy',
      limit: 3,
    });
    expect(queue.items).toHaveLength(3);
    expect(queue.items.every((i) => i.rowId >= 560 && i.score !== null)).toBe(true);
    expect((queue.items[0]?.score ?? 0) >= (queue.items[2]?.score ?? 0)).toBe(true);
  });

  it('refuses bad parameters and unusable data before any work', async () => {
    t = await openTestEngine();
    const { versionId } = seedBlobs(t.engine, 200);
    const bad = async (params: unknown, pattern: RegExp) => {
      const r = await t?.engine.invoke('train.start', { versionId, params });
      expect(r).toMatchObject({
        ok: false,
        error: { kind: 'invalid_input', message: expect.stringMatching(pattern) },
      });
    };
    await bad({ learningRate: -0.1 }, /learningRate.*positive/);
    await bad({ mlp: { units: 0 } }, /units/);
    await bad({ batchSize: 50_000 }, /batch size 50000 is larger than the \d+ training rows/);
    await bad({ epochs: 0 }, /epochs/);
    expect(await t.engine.call('runs.list', {})).toEqual([]);
    const none = seedDataset(t.engine, 'untargeted', [{ name: 'x', type: 'float', values: [1, 2, 3, 4] }]);
    await expect(t.engine.call('train.start', { versionId: none.versionId })).rejects.toMatchObject({
      kind: 'invalid_input',
      message: expect.stringMatching(/no target/),
    });
  });

  it('stops a run on request and resumes it from its last epoch', async () => {
    t = await openTestEngine({ cancelGraceMs: 5000 });
    const { versionId } = seedBlobs(t.engine, 4000);
    const { run, job } = await t.engine.call('train.start', {
      versionId,
      params: { epochs: 400, batchSize: 32, seed: 5, earlyStopping: { enabled: false } },
    });
    await waitFor(() => (t?.engine.context.ml.runs.get(run.id)?.epochsDone ?? 0) >= 2 || undefined);
    const asked = Date.now();
    await t.engine.call('runs.cancel', { runId: run.id });
    const stopped = await t.engine.context.runner.settled(job.id);
    expect(stopped.status).toBe('cancelled');
    expect(Date.now() - asked).toBeLessThan(5000); // cooperative: well before the grace period
    const cancelled = await t.engine.call('runs.get', { runId: run.id });
    expect(cancelled.status).toBe('cancelled');
    const before = cancelled.epochsDone;
    expect(before).toBeGreaterThanOrEqual(2);

    // Resume with the same run: make it short by resuming a run that trains to `before + 2`.
    t.engine.context.db
      .prepare('UPDATE runs SET params = json_set(params, ?, ?) WHERE id = ?')
      .run('$.epochs', before + 2, run.id);
    const resumed = await t.engine.call('runs.resume', { runId: run.id });
    expect(resumed.job.id).not.toBe(job.id);
    const done = await t.engine.context.runner.settled(resumed.job.id);
    expect(done.status).toBe('succeeded');
    const detail = await t.engine.call('runs.get', { runId: run.id });
    expect(detail.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: before + 2 }, (_, i) => i + 1));
    await expect(t.engine.call('runs.resume', { runId: run.id })).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('fails a queued run clearly when its dataset version is deleted before it starts', async () => {
    t = await openTestEngine();
    await t.engine.call('settings.set', { patch: { 'jobs.maxConcurrent': 1 } });
    const { versionId, datasetId } = seedBlobs(t.engine, 300);
    const blocker = t.engine.context.runner.submit('test.waits', {});
    const { run, job } = await t.engine.call('train.start', { versionId, params: { epochs: 2 } });
    expect((await t.engine.call('jobs.get', { id: job.id })).status).toBe('queued');
    await t.engine.call('data.delete', { datasetId });
    t.engine.context.runner.cancel(blocker.id);
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('failed');
    expect(done.error?.message).toMatch(/No dataset version/);
    expect((await t.engine.call('runs.get', { runId: run.id })).status).toBe('failed');
  });

  it('tunes: trials are runs, and the best trial becomes the candidate model', async () => {
    t = await openTestEngine();
    const { versionId } = seedBlobs(t.engine, 400);
    const { tuning, job } = await t.engine.call('tune.start', {
      versionId,
      strategy: 'random',
      trials: 3,
      maxEpochs: 2,
      seed: 4,
      space: [
        { type: 'float', path: 'learningRate', min: 0.001, max: 0.05, log: true },
        { type: 'choice', path: 'mlp.units', values: [8, 16] },
      ],
    });
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.error).toBeNull();
    expect(done.status).toBe('succeeded');
    const record = await t.engine.call('tunings.get', { tuningId: tuning.id });
    expect(record.status).toBe('succeeded');
    expect(record.trials).toHaveLength(3);
    expect(
      record.trials.every((tr) => tr.status === 'succeeded' && typeof tr.values.learningRate === 'number'),
    ).toBe(true);
    expect(record.totalEpochs).toBe(6);
    const best = record.trials.reduce((a, b) => ((b.metric ?? 0) > (a.metric ?? 0) ? b : a));
    expect(record.bestRunId).toBe(best.runId);
    const trialRuns = await t.engine.call('runs.list', { tuningId: tuning.id });
    expect(trialRuns.map((r) => r.kind)).toEqual(['trial', 'trial', 'trial']);
    const models = await t.engine.call('models.list', {});
    expect(models[0]?.versions.map((v) => v.runId)).toEqual([record.bestRunId]);
  });
});
