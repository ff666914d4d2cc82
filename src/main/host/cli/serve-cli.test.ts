import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prediction } from '../../../shared/serve.js';
import { type Engine, openEngine } from '../../engine/engine.js';
import { seedDataset } from '../../engine/test-support/seed-dataset.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { packageInfo } from '../../engine/util/package-root.js';

const bin = join(packageInfo().dir, 'bin', 'ai-factory.mjs');
const env = { ...process.env, AI_FACTORY_BACKEND: 'wasm' };
let ws: { dir: string; cleanup: () => void };

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, '--workspace', ws.dir, ...args], {
    encoding: 'utf8',
    timeout: 240_000,
    env,
    ...(input !== undefined ? { input } : {}),
  });
  const lines = r.stdout.trim().split('\n');
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    json: () => JSON.parse(lines[lines.length - 1] ?? 'null') as unknown,
  };
}

/** Open the workspace in this process for a moment (the CLI opens it in its own). */
async function withEngine<T>(fn: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await openEngine({ shell: 'test', workspace: ws.dir, env: { AI_FACTORY_BACKEND: 'wasm' } });
  try {
    return await fn(engine);
  } finally {
    await engine.close();
  }
}

const rows = [
  { a: 1.4, b: -1.2, kind: 'p' },
  { a: -1.6, b: 1.5, kind: 'r' },
  { a: 0.2, b: -0.1, kind: 'q' },
];

/** Two separated classes in 2 numeric features and a category; model `blobs` v1, promoted to production. */
beforeAll(async () => {
  ws = tempDir('aif-cli-serve-');
  await withEngine(async (engine) => {
    let s = 11;
    const rnd = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
    const n = 400;
    const cls = Array.from({ length: n }, (_, i) => (i % 2 ? 'yes' : 'no'));
    const f = (sign: number) => cls.map((c) => (c === 'yes' ? 1.5 : -1.5) * sign + (rnd() - 0.5) * 2);
    const { versionId } = seedDataset(
      engine,
      'blobs',
      [
        { name: 'a', type: 'float', values: f(1) },
        { name: 'b', type: 'float', values: f(-1) },
        {
          name: 'kind',
          type: 'categorical',
          values: cls.map((c, i) => (c === 'yes' ? (i % 3 ? 'p' : 'q') : 'r')),
        },
        { name: 'label', type: 'categorical', values: cls },
      ],
      { target: 'label', task: 'binary' },
    );
    const { job } = await engine.call('train.start', {
      versionId,
      params: { epochs: 5, seed: 3, earlyStopping: { enabled: false } },
    });
    const done = await engine.context.runner.settled(job.id);
    if (done.status !== 'succeeded') throw new Error(done.error?.message);
    await engine.call('models.promote', {
      name: 'blobs',
      version: 1,
      reason: 'CLI test, not evaluated',
      overrideGate: true,
    });
  });
}, 180_000);
afterAll(() => ws.cleanup());

describe('ai-factory predict (CLI)', () => {
  it('predicts one instance, an array and {"instances": [...]} with the same values as the engine', async () => {
    const expected = await withEngine((engine) =>
      engine.call('serve.predict', { name: 'blobs', instances: rows }),
    );
    const strip = (ps: Prediction[]) => ps.map(({ prediction_id: _, ...p }) => p);

    const many = run(['predict', 'blobs', '--json', JSON.stringify(rows)]);
    expect(many.stderr).not.toMatch(/^error/m);
    expect(many.code).toBe(0);
    const out = many.json() as { predictions: Prediction[] };
    expect(out.predictions).toHaveLength(3);
    expect(strip(out.predictions)).toEqual(strip(expected.predictions));
    expect(out.predictions.map((p) => p.prediction)).toEqual(['yes', 'no', expect.any(String)]);
    for (const p of out.predictions) {
      expect(p).toMatchObject({ model_name: 'blobs', model_version: 1 });
      expect(p.prediction_id).toMatch(/\S/);
      expect(Object.keys(p.probabilities ?? {}).sort()).toEqual(['no', 'yes']);
    }
    expect(new Set(out.predictions.map((p) => p.prediction_id)).size).toBe(3);

    const wrapped = run([
      'predict',
      'blobs@1',
      '--json',
      JSON.stringify({ instances: rows.slice(1) }),
    ]).json() as {
      predictions: Prediction[];
    };
    expect(strip(wrapped.predictions)).toEqual(strip(expected.predictions.slice(1)));

    const stdin = run(
      ['predict', 'blobs', '--model-version', '1', '--json', '-'],
      JSON.stringify(rows),
    ).json() as {
      predictions: Prediction[];
    };
    expect(strip(stdin.predictions)).toEqual(strip(expected.predictions));

    const human = run(['predict', 'blobs', JSON.stringify(rows[1])]);
    expect(human.code).toBe(0);
    // One instance object, printed as: class  probabilities  (model, prediction id).
    const second = expected.predictions[1];
    const probs = Object.entries(second?.probabilities ?? {})
      .map(([k, v]) => `${k} ${v.toFixed(4)}`)
      .join(', ');
    expect(human.stdout.startsWith(`no  ${probs}  (blobs v1, `)).toBe(true);
    expect(human.stdout.trim().split('\n')).toHaveLength(1);
  }, 300_000);

  it('refuses bad JSON and bad instances with exit 2 and a message saying what to fix', () => {
    const bad = run(['predict', 'blobs', '--json', '{"a": 1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /not valid JSON.*Give one instance object, an array of them, or \{"instances": \[\.\.\.\]\}/,
    );
    const json = run(['predict', 'blobs', '--json', '[1, 2]']);
    expect(json.code).toBe(2);
    expect(json.json()).toEqual({
      error: { kind: 'invalid_input', message: 'Instance 1 must be an object of feature → value, not 1.' },
    });
    const none = run(['predict', 'blobs', '--json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No instances given/);
    const empty = run(['predict', 'blobs', '--json', '{"instances": []}']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no instances to predict/);
    const version = run(['predict', 'blobs@x', '--json', '{"a": 1}']);
    expect(version.code).toBe(2);
    expect(version.stderr).toMatch(/model version must be a whole number .*"x"/);
    const field = run(['predict', 'blobs', '--json', '{"a": "lots", "b": 1, "kind": "p"}']);
    expect(field.code).toBe(2);
    expect(field.stderr).toMatch(/\ba\b/);
    const unknown = run(['predict', 'nope', '--json', '{"a": 1}']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toMatch(/nope/);
  }, 300_000);
});

describe('ai-factory serve (CLI)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('serve --port 0 --json prints a URL that answers; SIGTERM stops it with exit 0', async () => {
    const proc = spawn(process.execPath, [bin, '--workspace', ws.dir, 'serve', '--port', '0', '--json'], {
      env,
    });
    child = proc;
    let stdout = '';
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const line = await new Promise<string>((resolve, reject) => {
      proc.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const nl = stdout.indexOf('\n');
        if (nl >= 0) resolve(stdout.slice(0, nl));
      });
      void exited.then((code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
    });
    const info = JSON.parse(line) as { url: string; host: string; port: number; token: string | null };
    expect(info.host).toBe('127.0.0.1');
    expect(info.port).toBeGreaterThan(0);
    expect(info.url).toBe(`http://127.0.0.1:${info.port}`);
    expect(info.token).toBeNull();

    const ready = await fetch(`${info.url}/v2/health/ready`);
    expect(ready.status).toBe(200);
    const predicted = await fetch(`${info.url}/v1/models/blobs:predict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ instances: rows.slice(0, 2) }),
    });
    expect(predicted.status).toBe(200);
    const body = (await predicted.json()) as { predictions: Prediction[] };
    expect(body.predictions.map((p) => [p.prediction, p.model_version])).toEqual([
      ['yes', 1],
      ['no', 1],
    ]);

    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/^error/m);
    await expect(fetch(`${info.url}/v2/health/live`)).rejects.toThrow();
  }, 300_000);

  it('refuses a bad port or a short token with exit 2', () => {
    const port = run(['serve', '--port', 'http']);
    expect(port.code).toBe(2);
    expect(port.stderr).toMatch(/--port must be a whole number from 0 to 65535, not "http"/);
    const token = run(['serve', '--port', '0', '--token', 'short']);
    expect(token.code).toBe(2);
    expect(token.stderr).toMatch(/token needs at least 8 characters/);
  }, 120_000);
});
