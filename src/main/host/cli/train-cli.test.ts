import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetPath } from '../../engine/test-support/datasets.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { runCli } from './test-cli.js';

let ws: { dir: string; cleanup: () => void };

const run = (args: string[]) =>
  runCli(ws.dir, args, { timeoutMs: 600_000, env: { AI_FACTORY_BACKEND: 'wasm' } });

beforeAll(() => {
  ws = tempDir('aif-cli-train-');
});
afterAll(() => ws.cleanup());

describe('ai-factory train / runs / models (CLI)', () => {
  it('trains on iris with --json: run id, model name and version, validation and test metrics', () => {
    expect(run(['data', 'import', datasetPath('iris.csv'), '--json']).code).toBe(0);
    const r = run([
      'train',
      'iris',
      '--target',
      'class',
      '--epochs',
      '40',
      '--lr',
      '0.01',
      '--seed',
      '1',
      '--json',
    ]);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    const out = r.json() as {
      runId: string;
      modelName: string;
      modelVersion: number;
      metrics: { accuracy: number };
      testMetrics: { accuracy: number };
    };
    expect(out.modelName).toBe('iris');
    expect(out.modelVersion).toBe(1);
    expect(out.metrics.accuracy).toBeGreaterThan(0.8);
    expect(out.testMetrics.accuracy).toBeGreaterThan(0.8);

    const show = run(['runs', 'show', out.runId, '--json']).json() as {
      epochs: { epoch: number; loss: number; valLoss: number; accuracy: number; valAccuracy: number }[];
      status: string;
    };
    expect(show.status).toBe('succeeded');
    expect(show.epochs.length).toBeGreaterThan(0);
    for (const e of show.epochs) {
      expect(typeof e.loss).toBe('number');
      expect(typeof e.valLoss).toBe('number');
      expect(typeof e.accuracy).toBe('number');
      expect(typeof e.valAccuracy).toBe('number');
    }
    const list = run(['runs', 'list', '--json']).json() as { runs: { id: string }[] };
    expect(list.runs.map((x) => x.id)).toEqual([out.runId]);
    const models = run(['models', 'list', '--json']).json() as {
      models: { name: string; versions: { version: number; stage: string }[] }[];
    };
    expect(models.models).toEqual([
      expect.objectContaining({
        name: 'iris',
        versions: [expect.objectContaining({ version: 1, stage: 'candidate' })],
      }),
    ]);
    expect(run(['runs', 'show', out.runId]).stdout).toMatch(/epoch\s+loss\s+valLoss\s+accuracy/);
  });

  it('refuses bad hyperparameters with exit code 2 and a message naming the field', () => {
    const neg = run(['train', 'iris', '--lr', '-1']);
    expect(neg.code).toBe(2);
    expect(neg.stderr).toMatch(/learningRate/);
    const big = run(['train', 'iris', '--batch-size', '5000']);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/batch size 5000 is larger than the \d+ training rows/);
  });
});
