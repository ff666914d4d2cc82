import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainParamsInput } from '../../../../shared/train.js';
import { predictTable } from '../predict.js';
import { loadTf, type Tf } from '../tf-loader.js';
import { resolveTrainParams } from '../train/defaults.js';
import { type Synthetic, synthetic } from '../train/synthetic.js';
import { recordingHooks } from '../train/test-hooks.js';
import { trainModel } from '../train/train-model.js';
import { templateTrainsOn } from './backend-support.js';

let tf: Tf;
const dir = mkdtempSync(join(tmpdir(), 'aif-templates-'));
beforeAll(async () => {
  tf = await loadTf('cpu');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function train(s: Synthetic, input: TrainParamsInput) {
  const params = resolveTrainParams(input, {
    trainRows: s.data.assignment.filter((a) => a === 0).length,
    features: s.pipeline.denseWidth,
    classes: 2,
    task: s.data.task,
    textColumns: s.pipeline.features.filter((f) => f.kind === 'text').map((f) => f.column),
  });
  const hooks = recordingHooks();
  const r = await trainModel(
    {
      tf,
      data: s.data,
      pipeline: s.pipeline,
      params,
      checkpointDir: join(dir, String(Math.random())),
      resume: false,
    },
    hooks,
  );
  return { r, hooks };
}

describe('templates on the cpu backend', () => {
  it('every template and encoder trains one step here', async () => {
    expect(await templateTrainsOn(tf, 'mlp')).toEqual({ ok: true, reason: 'the mlp template trains on cpu' });
    expect((await templateTrainsOn(tf, 'text')).ok).toBe(true);
    const p = resolveTrainParams(
      { template: 'text', text: { encoder: 'conv' }, mlp: { embeddingMinCategories: 4 } },
      { trainRows: 100, features: 3, classes: 2, task: 'binary', textColumns: ['t'] },
    );
    expect((await templateTrainsOn(tf, 'text', p)).ok).toBe(true);
    expect((await templateTrainsOn(tf, 'mlp', p)).ok).toBe(true);
  });

  it.each(['pool', 'conv'] as const)(
    'the text template learns which words mark a label (%s)',
    async (encoder) => {
      const s = synthetic('text', 800, 11);
      const { r } = await train(s, {
        epochs: 15,
        batchSize: 32,
        learningRate: 0.01,
        text: { encoder, embeddingDim: 16 },
      });
      expect(r.model.inputNames).toEqual(['dense', 'text_1']);
      expect(r.testMetrics?.accuracy).toBeGreaterThan(0.95);
      r.model.dispose();
    },
  );

  it('the mlp template leaves text out and says so', async () => {
    const s = synthetic('text', 200, 12);
    const { r, hooks } = await train(s, { template: 'mlp', epochs: 1 });
    expect(r.model.inputNames).toEqual(['dense']);
    expect(hooks.logs.some((l) => /left out: review/.test(l.message))).toBe(true);
    r.model.dispose();
  });

  it('embeds a wide categorical instead of one-hot, and learns per-category effects', async () => {
    const s = synthetic('wide', 2400, 13, { categoricalEncoding: 'index' });
    const { r } = await train(s, {
      epochs: 25,
      batchSize: 32,
      learningRate: 0.01,
      mlp: { embeddingMinCategories: 10, embeddingDim: 8, dropout: 0 },
    });
    expect(r.model.inputNames).toEqual(['dense', 'category_1']);
    // The dense input is x1 only: the 60 categories do not widen it.
    expect(r.model.inputs[0]?.shape).toEqual([null, 1]);
    expect(r.testMetrics?.accuracy).toBeGreaterThan(0.85);
    const pred = await predictTable(tf, r.model, s.pipeline, s.data.table, Int32Array.from([0, 1, 2]));
    expect(pred.width).toBe(2);
    r.model.dispose();
  });
});
