/**
 * Default-parameter runs on real data: Adult (its official test file), Iris (multiclass) and red
 * Wine Quality (regression), imported with the real importer. Published references are in
 * resources/datasets/README.md: Adult LogReg 85.3 %, gradient boosting 87.3 %; Iris LogReg about
 * 95 %; red wine linear regression MAE 0.507.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineOptions, SplitSpec, type TaskType } from '../../../../shared/data.js';
import { fitPipeline } from '../../data/pipeline/fit-pipeline.js';
import { computeSplit } from '../../data/split/compute-split.js';
import { templateTrainsOn } from '../templates/backend-support.js';
import { loadTf, type Tf } from '../tf-loader.js';
import { adultFixture, importDataset, schemaFor } from './adult-fixture.js';
import { defaultTrainParams } from './defaults.js';
import { recordingHooks } from './test-hooks.js';
import { type TrainData, trainModel } from './train-model.js';

let tf: Tf;
const dir = mkdtempSync(join(tmpdir(), 'aif-real-data-'));
beforeAll(async () => {
  tf = await loadTf('wasm');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
const checkpointDir = () => join(dir, `run-${++runs}`);

async function split(file: string, target: string, task: TaskType) {
  const table = await importDataset(file);
  const columns = schemaFor(table, target);
  const assignment = computeSplit(
    table,
    SplitSpec.parse({
      method: task === 'regression' ? 'random' : 'stratified',
      seed: 42,
      train: 0.7,
      validation: 0.1,
      test: 0.2,
    }),
    { name: target, task },
  );
  const pipeline = fitPipeline(
    table,
    { versionId: file, columns, target, task },
    assignment,
    PipelineOptions.parse({}),
  );
  const data: TrainData = { table, columns, target, task, assignment };
  return { data, pipeline };
}

describe('default training on real data (wasm)', () => {
  it('reaches at least 84 % accuracy on the official Adult test file', async () => {
    const { data, pipeline } = await adultFixture();
    const params = defaultTrainParams({
      trainRows: data.assignment.filter((a) => a === 0).length,
      features: pipeline.denseWidth,
      classes: 2,
      task: 'binary',
      textColumns: [],
    });
    expect(await templateTrainsOn(tf, params.template, params)).toMatchObject({ ok: true });
    const hooks = recordingHooks();
    const r = await trainModel(
      { tf, data, pipeline, params, checkpointDir: checkpointDir(), resume: false },
      hooks,
    );
    expect(tf.getBackend()).toBe('wasm');
    expect(r.labels).toEqual(['<=50K', '>50K']);
    expect(r.testMetrics?.accuracy).toBeGreaterThanOrEqual(0.84);
    expect(r.testMetrics?.auc).toBeGreaterThanOrEqual(0.89);
    expect(r.valMetrics.accuracy).toBeGreaterThanOrEqual(0.84);
    // Every one of the 16,281 test rows has a known label: none was left out.
    expect(hooks.logs.filter((l) => l.level === 'warn')).toEqual([]);
    console.log(
      `Adult: test accuracy ${r.testMetrics?.accuracy?.toFixed(4)}, AUC ${r.testMetrics?.auc?.toFixed(4)}, best epoch ${r.bestEpoch} of ${r.epochsDone}, ${Math.round(r.samplesPerSec)} samples/s, ${(r.durationMs / 1000).toFixed(1)} s`,
    );
    r.model.dispose();
  }, 300_000);

  it('separates the Iris classes', async () => {
    const { data, pipeline } = await split('iris.csv', 'class', 'multiclass');
    const params = defaultTrainParams({
      trainRows: data.assignment.filter((a) => a === 0).length,
      features: pipeline.denseWidth,
      classes: 3,
      task: 'multiclass',
      textColumns: [],
    });
    const r = await trainModel(
      { tf, data, pipeline, params, checkpointDir: checkpointDir(), resume: false },
      recordingHooks(),
    );
    expect(r.labels).toEqual(['Iris-setosa', 'Iris-versicolor', 'Iris-virginica']);
    expect(r.testMetrics?.accuracy).toBeGreaterThanOrEqual(0.9);
    r.model.dispose();
  }, 120_000);

  it('predicts red wine quality about as well as linear regression', async () => {
    const { data, pipeline } = await split('winequality_red.csv', 'quality', 'regression');
    const params = defaultTrainParams({
      trainRows: data.assignment.filter((a) => a === 0).length,
      features: pipeline.denseWidth,
      classes: null,
      task: 'regression',
      textColumns: [],
    });
    const r = await trainModel(
      { tf, data, pipeline, params, checkpointDir: checkpointDir(), resume: false },
      recordingHooks(),
    );
    expect(r.metricName).toBe('rmse');
    expect(r.testMetrics?.mae).toBeLessThan(0.56);
    expect(r.testMetrics?.r2).toBeGreaterThan(0.3);
    console.log(`Wine: test ${JSON.stringify(r.testMetrics)}`);
    r.model.dispose();
  }, 120_000);
});
