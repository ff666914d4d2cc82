import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputSchema } from '../../../../shared/train.js';
import { cellAt } from '../../data/table/cells.js';
import { predictRecords, predictTable } from '../predict.js';
import { loadTf, type Tf } from '../tf-loader.js';
import { resolveTrainParams } from '../train/defaults.js';
import { type Synthetic, synthetic } from '../train/synthetic.js';
import { recordingHooks } from '../train/test-hooks.js';
import { trainModel } from '../train/train-model.js';
import { inputSchemaOf } from './input-schema.js';
import { loadModel, saveModel } from './model-files.js';

let tf: Tf;
const dir = mkdtempSync(join(tmpdir(), 'aif-model-files-'));
beforeAll(async () => {
  tf = await loadTf('cpu');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function trained(s: Synthetic, input: object) {
  const params = resolveTrainParams(
    { epochs: 2, batchSize: 32, ...input },
    {
      trainRows: s.data.assignment.filter((a) => a === 0).length,
      features: s.pipeline.denseWidth,
      classes: s.pipeline.target?.classes?.length ?? null,
      task: s.data.task,
      textColumns: s.pipeline.features.filter((f) => f.kind === 'text').map((f) => f.column),
    },
  );
  return trainModel(
    {
      tf,
      data: s.data,
      pipeline: s.pipeline,
      params,
      checkpointDir: join(dir, `ck-${Math.random()}`),
      resume: false,
    },
    recordingHooks(),
  );
}

describe('saveModel / loadModel', () => {
  it.each([
    ['mlp with batch norm', synthetic('binary', 300, 1), { mlp: { batchNorm: true } }],
    ['multiclass', synthetic('multiclass', 300, 2), {}],
    ['regression', synthetic('regression', 300, 3), {}],
    ['text (conv)', synthetic('text', 300, 4), { text: { encoder: 'conv', filters: 8, embeddingDim: 8 } }],
    [
      'embeddings',
      synthetic('wide', 300, 5, { categoricalEncoding: 'index' }),
      { mlp: { embeddingMinCategories: 10 } },
    ],
  ] as const)(
    'writes model.json + weights.bin that load back and predict identically (%s)',
    async (name, s, input) => {
      const r = await trained(s, input);
      const out = join(dir, name.replace(/\W+/g, '-'));
      await saveModel(r.model, out);
      expect(readdirSync(out).sort()).toEqual(['model.json', 'weights.bin']);
      const json = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8'));
      expect(json.format).toBe('layers-model');
      expect(json.weightsManifest[0].paths).toEqual(['weights.bin']);
      const bytes = json.weightsManifest[0].weights.reduce(
        (n: number, w: { shape: number[] }) => n + 4 * w.shape.reduce((a, b) => a * b, 1),
        0,
      );
      expect(readFileSync(join(out, 'weights.bin')).length).toBe(bytes);
      const loaded = await loadModel(tf, out);
      expect(loaded.inputNames).toEqual(r.model.inputNames);
      const before = await predictTable(tf, r.model, s.pipeline, s.data.table, null);
      const after = await predictTable(tf, loaded, s.pipeline, s.data.table, null);
      expect(after.width).toBe(before.width);
      expect(Buffer.from(after.values.buffer).equals(Buffer.from(before.values.buffer))).toBe(true);
      // The loaded model on JSON records (as the server gets them) gives the same numbers as on the table.
      const records = Array.from({ length: 5 }, (_, i) =>
        Object.fromEntries(s.data.table.columns.map((c) => [c.name, cellAt(c, i)])),
      );
      const viaRecords = predictRecords(tf, loaded, s.pipeline, records);
      expect(Array.from(viaRecords.values)).toEqual(Array.from(before.values.subarray(0, 5 * before.width)));
      r.model.dispose();
      loaded.dispose();
    },
  );

  it('says which folder lacks a model', async () => {
    await expect(loadModel(tf, join(dir, 'nothing-here'))).rejects.toMatchObject({
      kind: 'not_found',
      message: expect.stringContaining('nothing-here'),
    });
  });
});

describe('predictTable', () => {
  it('gives class probabilities (binary as two columns) and regression values in target units', async () => {
    const b = synthetic('binary', 300, 6);
    const rb = await trained(b, {});
    const pb = await predictTable(tf, rb.model, b.pipeline, b.data.table, Int32Array.from([5, 0, 7]));
    expect(pb.width).toBe(2);
    expect(pb.values).toHaveLength(6);
    for (let i = 0; i < 3; i++)
      expect((pb.values[2 * i] as number) + (pb.values[2 * i + 1] as number)).toBeCloseTo(1, 6);
    // Row order follows the rows asked for.
    const one = await predictTable(tf, rb.model, b.pipeline, b.data.table, Int32Array.from([7]));
    expect(one.values[1]).toBe(pb.values[5]);
    const m = synthetic('multiclass', 300, 7);
    const rm = await trained(m, {});
    const pm = await predictTable(tf, rm.model, m.pipeline, m.data.table, null);
    expect(pm.width).toBe(3);
    expect(pm.values).toHaveLength(3 * 300);
    const g = synthetic('regression', 300, 8);
    const rg = await trained(g, { epochs: 20, learningRate: 0.01 });
    const pg = await predictTable(tf, rg.model, g.pipeline, g.data.table, null);
    expect(pg.width).toBe(1);
    const mean = Array.from(pg.values).reduce((a, v) => a + v, 0) / 300;
    // The target is about 100 + 30 · score: predictions are back in those units, not standardised.
    expect(mean).toBeGreaterThan(80);
    expect(mean).toBeLessThan(120);
    for (const r of [rb, rm, rg]) r.model.dispose();
  });
});

describe('inputSchemaOf', () => {
  it('lists each feature with its type, datatype and known categories', () => {
    const s = synthetic('text', 50, 9);
    const schema = inputSchemaOf(s.pipeline, s.data.columns);
    expect(InputSchema.parse(schema)).toEqual(schema);
    expect(schema).toEqual([
      { name: 'x1', type: 'float', datatype: 'FP64', nullable: true },
      { name: 'review', type: 'text', datatype: 'BYTES', nullable: true },
    ]);
    const b = synthetic('binary', 50, 9);
    const c = inputSchemaOf(b.pipeline, [
      { name: 'x1', type: 'integer' },
      { name: 'c', type: 'categorical' },
    ]);
    const vocabulary = b.pipeline.features.find((f) => f.column === 'c');
    expect(c[0]).toEqual({ name: 'x1', type: 'integer', datatype: 'INT64', nullable: true });
    expect(c[2]).toEqual({
      name: 'c',
      type: 'categorical',
      datatype: 'BYTES',
      categories: vocabulary?.kind === 'categorical' ? vocabulary.vocabulary : [],
      nullable: true,
    });
    expect(new Set(c[2]?.categories)).toEqual(new Set(['a', 'b', 'c']));
    // Not in the columns given: typed from the feature kind.
    expect(c[1]).toEqual({ name: 'x2', type: 'float', datatype: 'FP64', nullable: true });
  });

  it('maps booleans to BOOL and datetimes to ISO strings (BYTES)', () => {
    const pipeline = synthetic('binary', 20, 1).pipeline;
    const withMore = {
      ...pipeline,
      features: [
        { kind: 'boolean' as const, column: 'flag', fill: 0, missingIndicator: false },
        {
          kind: 'datetime' as const,
          column: 'when',
          parts: ['year' as const],
          yearCenter: 2000,
          yearScale: 1,
          missingIndicator: false,
        },
      ],
    };
    expect(inputSchemaOf(withMore, []).map((i) => [i.name, i.type, i.datatype])).toEqual([
      ['flag', 'boolean', 'BOOL'],
      ['when', 'datetime', 'BYTES'],
    ]);
  });
});
