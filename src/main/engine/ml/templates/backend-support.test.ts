import { beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../tf-loader.js';
import { resolveTrainParams } from '../train/defaults.js';
import { templateTrainsOn } from './backend-support.js';
import { registerTrainingKernels } from './training-kernels.js';

let tf: Tf;
beforeAll(async () => {
  tf = await loadTf('wasm');
});

const shape = { trainRows: 100, features: 3, classes: 2, task: 'binary' as const, textColumns: ['t'] };
const ok = (template: string) => ({ ok: true, reason: `the ${template} template trains on wasm` });

describe('templates on the wasm backend (as installed here)', () => {
  it('trains the mlp template with every activation, batch norm, dropout and L2', async () => {
    for (const activation of ['relu', 'elu', 'selu', 'tanh', 'sigmoid', 'swish'] as const) {
      const p = resolveTrainParams({ mlp: { activation, batchNorm: true, l2: 0.01, dropout: 0.2 } }, shape);
      expect(await templateTrainsOn(tf, 'mlp', p)).toEqual(ok('mlp'));
    }
  });

  it('trains embeddings and both text encoders, with the kernels this app adds', async () => {
    const embeddings = resolveTrainParams({ mlp: { embeddingMinCategories: 4 } }, shape);
    expect(await templateTrainsOn(tf, 'mlp', embeddings)).toEqual(ok('mlp'));
    expect(await templateTrainsOn(tf, 'text')).toEqual(ok('text'));
    const conv = resolveTrainParams(
      { template: 'text', text: { encoder: 'conv' }, optimizer: 'rmsprop' },
      shape,
    );
    expect(await templateTrainsOn(tf, 'text', conv)).toEqual(ok('text'));
  });

  it('reports a missing kernel as the reason, and leaves no tensors behind', async () => {
    registerTrainingKernels(tf);
    const saved = tf.getKernel('UnsortedSegmentSum', 'wasm');
    const before = tf.memory().numTensors;
    tf.unregisterKernel('UnsortedSegmentSum', 'wasm');
    try {
      const r = await templateTrainsOn(tf, 'text');
      expect(r.ok).toBe(false);
      expect(r.reason).toBe(
        "the text template cannot train on wasm: Kernel 'UnsortedSegmentSum' not registered for backend 'wasm'",
      );
    } finally {
      tf.registerKernel(saved);
    }
    await templateTrainsOn(tf, 'mlp');
    expect(tf.memory().numTensors).toBe(before);
  });
});
