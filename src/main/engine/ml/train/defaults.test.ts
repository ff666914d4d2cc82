import { describe, expect, it } from 'vitest';
import { PipelineOptions } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { TrainParams } from '../../../../shared/train.js';
import { type DataShape, defaultTrainParams, resolveTrainParams } from './defaults.js';

const adult: DataShape = { trainRows: 27_677, features: 116, classes: 2, task: 'binary', textColumns: [] };
const tiny: DataShape = { trainRows: 300, features: 12, classes: 3, task: 'multiclass', textColumns: [] };

const errorOf = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('defaultTrainParams', () => {
  it('suits a mid-size tabular dataset', () => {
    const p = defaultTrainParams(adult);
    expect(TrainParams.parse(p)).toEqual(p);
    expect(p.template).toBe('mlp');
    expect(p.batchSize).toBe(256);
    expect(p.epochs).toBe(30);
    expect(p.mlp).toMatchObject({ hiddenLayers: 2, units: 128, activation: 'relu', dropout: 0.1, l2: 0 });
    expect(p.optimizer).toBe('adam');
    expect(p.learningRate).toBe(1e-3);
    expect(p.earlyStopping).toEqual({ enabled: true, monitor: 'val_loss', patience: 5, minDelta: 0 });
    expect(p.classWeights).toBe('auto');
    expect(p.pipeline).toEqual(PipelineOptions.parse({}));
  });

  it('uses smaller batches, narrower layers, more regularisation and more epochs on tiny data', () => {
    const p = defaultTrainParams(tiny);
    expect(p.batchSize).toBe(32);
    expect(p.mlp.units).toBe(64);
    expect(p.mlp.dropout).toBe(0.2);
    expect(p.mlp.l2).toBeGreaterThan(0);
    expect(p.epochs).toBe(100);
    expect(defaultTrainParams({ ...tiny, trainRows: 20 }).batchSize).toBe(20);
    expect(defaultTrainParams({ ...adult, trainRows: 500_000, features: 2000 })).toMatchObject({
      batchSize: 512,
      epochs: 20,
      mlp: { units: 256 },
    });
  });

  it('chooses the text template when there is a free-text column', () => {
    expect(defaultTrainParams({ ...adult, textColumns: ['review'] }).template).toBe('text');
  });
});

describe('resolveTrainParams', () => {
  it('overlays the given values on the defaults, nested objects field by field', () => {
    const p = resolveTrainParams(
      {
        epochs: 7,
        mlp: { units: 32 },
        earlyStopping: { patience: 2 },
        schedule: { kind: 'cosine', minLr: 1e-5 },
      },
      adult,
    );
    expect(p.epochs).toBe(7);
    expect(p.mlp).toEqual({ ...defaultTrainParams(adult).mlp, units: 32 });
    expect(p.earlyStopping).toEqual({ enabled: true, monitor: 'val_loss', patience: 2, minDelta: 0 });
    expect(p.schedule).toEqual({ kind: 'cosine', minLr: 1e-5 });
  });

  it('refuses a batch larger than the training rows, saying the most it may be', () => {
    const e = errorOf(() => resolveTrainParams({ batchSize: 512 }, { ...tiny, trainRows: 300 }));
    expect(e.kind).toBe('invalid_input');
    expect(e.message).toBe('batch size 512 is larger than the 300 training rows; use at most 300.');
  });

  it('checks values again for internal callers', () => {
    const e = errorOf(() => resolveTrainParams({ learningRate: -1, mlp: { units: 0 } }, adult));
    expect(e.kind).toBe('invalid_input');
    expect(e.message).toMatch(/learningRate: the learning rate must be positive/);
    expect(e.message).toMatch(/mlp\.units: units must be at least 1/);
  });

  it('refuses the text template without a text column', () => {
    expect(errorOf(() => resolveTrainParams({ template: 'text' }, adult)).message).toMatch(
      /needs a free-text feature column/,
    );
  });

  it('switches the pipeline to index encoding when embeddings are asked for', () => {
    const p = resolveTrainParams({ mlp: { embeddingMinCategories: 20 } }, adult);
    expect(p.pipeline.categoricalEncoding).toBe('index');
    expect(resolveTrainParams({}, adult).pipeline.categoricalEncoding).toBe('onehot');
    const e = errorOf(() =>
      resolveTrainParams(
        { mlp: { embeddingMinCategories: 20 }, pipeline: { categoricalEncoding: 'onehot' } },
        adult,
      ),
    );
    expect(e.message).toMatch(/need the pipeline's categorical encoding "index"/);
  });

  it('refuses a cosine floor above the learning rate', () => {
    expect(
      errorOf(() =>
        resolveTrainParams({ learningRate: 1e-3, schedule: { kind: 'cosine', minLr: 0.01 } }, adult),
      ).message,
    ).toMatch(/minLr \(0\.01\) is above the learning rate/);
  });
});
