/**
 * A small hyperband tuning on real data through the training core: promotions resume trials from
 * their checkpoints (no epoch is trained twice) and the best rung-0 trial is the one promoted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ColumnSchema, PipelineOptions, SplitSpec } from '../../../../shared/data.js';
import { type SearchSpace, TuneSpec } from '../../../../shared/train.js';
import { importFile } from '../../data/intake/import-file.js';
import { fitPipeline } from '../../data/pipeline/fit-pipeline.js';
import { computeSplit, countParts } from '../../data/split/compute-split.js';
import { missingCount } from '../../data/table/cells.js';
import { datasetPath } from '../../test-support/datasets.js';
import { loadTf } from '../tf-loader.js';
import { InProcessTrialRunner } from './in-process-runner.js';
import { runTuning } from './tune.js';

const dir = mkdtempSync(join(tmpdir(), 'aif-tune-inproc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function breastCancer() {
  const signal = new AbortController().signal;
  const { table } = await importFile(
    { path: datasetPath('breast_cancer_wdbc.csv'), format: 'auto', header: 'auto' },
    { signal, progress: () => {} },
  );
  const target = 'diagnosis';
  const columns: ColumnSchema[] = table.columns.map((c) => ({
    name: c.name,
    type: c.type,
    inferredType: c.type,
    storage: c.data.storage,
    role: c.name === target ? 'target' : c.name === 'id' ? 'excluded' : 'feature',
    blob: '',
    missing: missingCount(c.data),
    evidence: null,
  }));
  const task = 'binary' as const;
  const assignment = computeSplit(table, SplitSpec.parse({ method: 'stratified', seed: 42 }), {
    name: target,
    task,
  });
  const pipeline = fitPipeline(
    table,
    { versionId: 'bc', columns, target, task },
    assignment,
    PipelineOptions.parse({}),
  );
  const shape = {
    trainRows: countParts(assignment).train,
    features: pipeline.denseWidth,
    classes: 2,
    task,
    textColumns: [],
  };
  return { data: { table, columns, target, task, assignment }, pipeline, shape };
}

describe('InProcessTrialRunner under hyperband', () => {
  it('resumes promoted trials from their checkpoints and promotes the best first-rung trial', async () => {
    const tf = await loadTf('wasm');
    const { data, pipeline, shape } = await breastCancer();
    const epochs: { runId: string; epoch: number; valMetric: number | null }[] = [];
    const signal = new AbortController().signal;
    const runner = new InProcessTrialRunner({
      tf,
      data,
      pipeline,
      shape,
      workDir: dir,
      signal,
      onEpoch: (runId, e) => epochs.push({ runId, epoch: e.epoch, valMetric: e.valMetric }),
    });
    const space: SearchSpace = [
      { type: 'float', path: 'learningRate', min: 1e-3, max: 3e-2, log: true },
      { type: 'choice', path: 'mlp.units', values: [8, 16, 32] },
    ];
    // 3 trials, eta 3, 3 epochs: rungs of 1 and 3 epochs; the best of the three goes on.
    const spec = TuneSpec.parse({
      versionId: 'bc',
      strategy: 'hyperband',
      trials: 3,
      maxEpochs: 3,
      eta: 3,
      seed: 4,
      base: { batchSize: 32 },
    });
    const result = await runTuning(spec, space, 'accuracy', runner, {
      signal,
      now: () => Date.now(),
      onUpdate: () => {},
    });
    expect([...runner.errors]).toEqual([]);
    const ids = result.trials.map((t) => t.runId);
    expect(ids).toEqual(['trial-1', 'trial-2', 'trial-3']);
    const epochsOf = (runId: string) => epochs.filter((e) => e.runId === runId).map((e) => e.epoch);
    const firstEpoch = (runId: string) =>
      epochs.find((e) => e.runId === runId && e.epoch === 1)?.valMetric as number;
    const promoted = [...ids].sort(
      (a, b) => firstEpoch(b) - firstEpoch(a) || a.localeCompare(b),
    )[0] as string;
    for (const t of result.trials) {
      if (t.runId === promoted) {
        expect([t.status, t.rung, t.epochsDone]).toEqual(['succeeded', 1, 3]);
        expect(epochsOf(t.runId)).toEqual([1, 2, 3]);
        expect(runner.paramsOf(t.runId)?.epochs).toBe(3);
      } else {
        expect([t.status, t.rung, t.epochsDone]).toEqual(['stopped', 0, 1]);
        expect(epochsOf(t.runId)).toEqual([1]);
        expect(t.metric).toBe(firstEpoch(t.runId));
      }
    }
    expect(result.totalEpochs).toBe(5);
    expect(result.bestRunId).toBe(promoted);
    // The promoted trial's metric is one of its epochs' validation accuracies (its best epoch's).
    const promotedMetrics = epochs.filter((e) => e.runId === promoted).map((e) => e.valMetric);
    expect(promotedMetrics).toContain(result.trials.find((t) => t.runId === promoted)?.metric);
  }, 120_000);
});
