/**
 * The suite on a real model: a small MLP trained for a few epochs on part of Adult's train file
 * (wasm backend), evaluated with predictTable on 2,000 rows of the official test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LayersModel } from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeaturePipeline } from '../../../../shared/data.js';
import { RobustnessReport } from '../../../../shared/evaluate.js';
import type { Table } from '../../data/table/types.js';
import { predictTable } from '../../ml/predict.js';
import { loadTf, type Tf } from '../../ml/tf-loader.js';
import { adultFixture } from '../../ml/train/adult-fixture.js';
import { defaultTrainParams } from '../../ml/train/defaults.js';
import { targetsOf } from '../../ml/train/row-sets.js';
import { recordingHooks } from '../../ml/train/test-hooks.js';
import { trainModel } from '../../ml/train/train-model.js';
import { robustFeatures } from './pipeline-features.js';
import { runRobustness } from './run-robustness.js';

const TRAIN_ROWS = 6000;
const EVAL_ROWS = 2000;

let tf: Tf;
let model: LayersModel;
let pipeline: FeaturePipeline;
let testTable: Table;
const dir = mkdtempSync(join(tmpdir(), 'aif-robust-'));

beforeAll(async () => {
  tf = await loadTf('wasm');
  const fx = await adultFixture();
  pipeline = fx.pipeline;
  testTable = fx.data.testTable as Table;
  // Train on the first 6,000 train rows, validate on the first 1,000 validation rows; no test part.
  const assignment = new Uint8Array(fx.data.assignment.length).fill(3);
  let train = 0;
  let val = 0;
  fx.data.assignment.forEach((a, i) => {
    if (a === 0 && train < TRAIN_ROWS) {
      assignment[i] = 0;
      train++;
    } else if (a === 1 && val < 1000) {
      assignment[i] = 1;
      val++;
    }
  });
  const params = defaultTrainParams({
    trainRows: TRAIN_ROWS,
    features: pipeline.denseWidth,
    classes: 2,
    task: 'binary',
    textColumns: [],
  });
  const r = await trainModel(
    {
      tf,
      data: { ...fx.data, assignment, testTable: null },
      pipeline,
      params: { ...params, epochs: 4, earlyStopping: { ...params.earlyStopping, enabled: false } },
      checkpointDir: dir,
      resume: false,
    },
    recordingHooks(),
  );
  model = r.model;
}, 120_000);

afterAll(() => {
  model?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('runRobustness on a real Adult model', () => {
  it('reports a sane degradation profile', async () => {
    const first = Int32Array.from({ length: EVAL_ROWS }, (_, i) => i);
    const targets = targetsOf(pipeline, testTable, first);
    const rows = Int32Array.from(Array.from(first).filter((i) => !Number.isNaN(targets[i] as number)));
    const actual = Float64Array.from(rows, (i) => targets[i] as number);
    const features = robustFeatures(pipeline);
    const progress: number[] = [];
    const r = await runRobustness({
      table: testTable,
      rows,
      task: 'binary',
      features,
      actual,
      predict: (table, rs) => predictTable(tf, model, pipeline, table, rs),
      seed: 1,
      onProgress: (f) => progress.push(f),
    });
    expect(RobustnessReport.parse(r)).toEqual(r);
    expect(rows.length).toBe(EVAL_ROWS);
    expect(r.rows).toBe(EVAL_ROWS);
    expect(r.baseline).toBeGreaterThan(0.75);
    const numeric = features.filter((f) => f.kind === 'numeric').map((f) => f.name);
    const categorical = features.filter((f) => f.kind === 'categorical').map((f) => f.name);
    expect(numeric).toEqual([
      'age',
      'fnlwgt',
      'education-num',
      'capital-gain',
      'capital-loss',
      'hours-per-week',
    ]);
    expect(categorical).toHaveLength(8);
    expect(r.noise.map((p) => p.strength)).toEqual([0.1, 0.25, 0.5, 1, 2]);
    expect(r.noise[4]?.metric).toBeLessThanOrEqual((r.baseline as number) + 0.01);
    expect(r.noise[4]?.flipRate).toBeGreaterThan(r.noise[0]?.flipRate as number);
    expect(r.missingByFeature.map((e) => e.feature)).toEqual(features.map((f) => f.name));
    expect(r.unseenCategories.map((e) => e.feature)).toEqual(categorical);
    expect(r.shiftByFeature.map((e) => e.feature)).toEqual(numeric);
    expect(r.reweighting.length).toBeGreaterThan(0);
    expect(r.reweighting.find((w) => w.feature === 'sex')?.description).toMatch(/^sex: Female \d+% → 50%$/);
    expect(r.sensitivity.map((s) => s.feature).sort()).toEqual(features.map((f) => f.name).sort());
    expect(r.sensitivity[0]?.score).toBeGreaterThan(0);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(progress.at(-1)).toBe(1);
    console.log(
      `Adult robustness: ${r.rows} rows, baseline ${r.baseline?.toFixed(4)}, score ${r.score.toFixed(3)}, ` +
        `top ${r.sensitivity
          .slice(0, 3)
          .map((s) => `${s.feature} ${s.score.toFixed(3)}`)
          .join(', ')}, ${progress.length} predict calls, ${r.seconds.toFixed(1)} s`,
    );
  }, 60_000);
});
