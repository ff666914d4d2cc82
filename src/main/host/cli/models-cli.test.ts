import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lineage, ModelDetail, RollbackResult } from '../../../shared/serve.js';
import { ModelVersionRecord } from '../../../shared/train.js';
import { trainModelVersions } from '../../engine/serve/registry/test-models.js';
import { openTestEngine } from '../../engine/test-support/open-test-engine.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { runCli } from './test-cli.js';

let ws: { dir: string; cleanup: () => void };
let seeded: Awaited<ReturnType<typeof trainModelVersions>>;

const run = (args: string[]) =>
  runCli(ws.dir, args, { timeoutMs: 120_000, env: { AI_FACTORY_BACKEND: 'wasm' } });

const errorOf = (r: ReturnType<typeof run>) =>
  (r.json() as { error: { kind: string; message: string } }).error;

beforeAll(async () => {
  ws = tempDir('aif-cli-models-');
  // Real versions v1 and v2 of model "cli", trained in this process on the CLI's workspace.
  const t = await openTestEngine({ workspace: ws.dir });
  try {
    seeded = await trainModelVersions(t.engine, { cli: 2 });
  } finally {
    await t.cleanup();
  }
}, 300_000);
afterAll(() => ws.cleanup());

describe('ai-factory models (CLI)', () => {
  it('lists models with their versions, stages and production version', () => {
    const r = run(['models', 'list', '--json']);
    expect(r.code).toBe(0);
    const out = r.json() as {
      models: { name: string; task: string; versions: unknown[]; production: unknown }[];
    };
    expect(out.models).toHaveLength(1);
    expect(out.models[0]).toMatchObject({ name: 'cli', task: 'binary', production: null });
    const versions = out.models[0]?.versions.map((v) => ModelVersionRecord.parse(v));
    expect(versions?.map((v) => [v.version, v.stage])).toEqual([
      [1, 'candidate'],
      [2, 'candidate'],
    ]);
  });

  it('promote needs --reason and a real stage and version (exit 2, 4), then promotes and rolls back', () => {
    const noReason = run(['models', 'promote', 'cli', '1', '--json']);
    expect(noReason.code).toBe(2);
    expect(errorOf(noReason)).toMatchObject({ kind: 'invalid_input' });
    expect(errorOf(noReason).message).toMatch(/--reason/);
    const badStage = run(['models', 'promote', 'cli', '1', '--stage', 'live', '--reason', 'x', '--json']);
    expect(badStage.code).toBe(2);
    expect(errorOf(badStage).message).toBe(
      '--stage must be one of candidate, staging, production, archived.',
    );
    const badVersion = run(['models', 'promote', 'cli', 'latest', '--reason', 'x', '--json']);
    expect(badVersion.code).toBe(2);
    const missing = run(['models', 'promote', 'cli', '9', '--reason', 'x', '--json']);
    expect(missing.code).toBe(4);
    expect(errorOf(missing)).toEqual({
      kind: 'not_found',
      message: 'Model cli has no version 9; its versions: v1, v2.',
    });
    expect(run(['models', 'show', 'nope', '--json']).code).toBe(4);

    // Production needs a passing evaluation: refused (exit 1, conflict) until v1 is evaluated.
    const unevaluated = run(['models', 'promote', 'cli', '1', '--reason', 'first release', '--json']);
    expect(unevaluated.code).toBe(1);
    expect(errorOf(unevaluated).message).toContain(
      'cli v1 has not been evaluated; run `ai-factory evaluate cli 1`',
    );
    const evaluated = run(['evaluate', 'cli', '1', '--json']);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    const report = evaluated.json() as {
      metrics: { accuracy: number; rocAuc: number };
      gate: { passed: boolean; checks: unknown[] };
    };
    expect(report.metrics.accuracy).toBeGreaterThan(0.5);
    expect(report.metrics.rocAuc).toBeGreaterThan(0.5);
    expect(report.gate).toMatchObject({
      passed: true,
      checks: [expect.objectContaining({ metric: 'accuracy' })],
    });
    const p1 = run(['models', 'promote', 'cli', '1', '--reason', 'first release', '--json']);
    expect(p1.code).toBe(0);
    expect(ModelVersionRecord.parse(p1.json())).toMatchObject({
      modelName: 'cli',
      version: 1,
      stage: 'production',
    });
    const again = run(['models', 'promote', 'cli', 'v1', '--reason', 'again', '--json']);
    expect(again.code).toBe(1);
    expect(errorOf(again).kind).toBe('conflict');
    const short = run(['models', 'promote', 'cli', 'v2', '--reason', 'better', '--override-gate', '--json']);
    expect(short.code).toBe(2);
    expect(errorOf(short).message).toMatch(/at least 10 characters/);
    const p2 = run([
      'models',
      'promote',
      'cli',
      'v2',
      '--reason',
      'better on the holdout',
      '--override-gate',
      '--actor',
      'bob',
      '--json',
    ]);
    expect(p2.code, p2.stderr).toBe(0);

    const show = run(['models', 'show', 'cli', '--json']);
    expect(show.code).toBe(0);
    const detail = ModelDetail.parse(show.json());
    expect(detail.production).toBe(2);
    expect(detail.versions.map((v) => v.stage)).toEqual(['archived', 'production']);
    expect(detail.events.map((e) => [e.version, e.action, e.actor])[0]).toEqual([2, 'promote', 'bob']);
    expect(detail.events).toHaveLength(3);

    const rb = run(['models', 'rollback', 'cli', '--reason', 'v2 is slow', '--json']);
    expect(rb.code).toBe(0);
    expect(RollbackResult.parse(rb.json())).toEqual({ modelName: 'cli', from: 2, to: 1 });
    const human = run(['models', 'show', 'cli']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('cli (binary), production: v1');
    expect(human.stdout).toContain('v1 archived → production (rollback)');
    expect(human.stdout).toContain('v2 is slow');
  });

  it('shows a version lineage: dataset version hash, run and deployments', () => {
    const r = run(['models', 'lineage', 'cli', '1', '--json']);
    expect(r.code).toBe(0);
    const lin = Lineage.parse(r.json());
    expect(lin.dataset).toMatchObject({
      datasetId: seeded.datasetId,
      versionId: seeded.versionId,
      name: 'blobs',
    });
    expect(lin.dataset.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(lin.run.id).toBe(seeded.runs.cli?.[0]);
    expect(lin.deployments.map((e) => e.action)).toEqual(['promote', 'demote', 'rollback']);
    const human = run(['models', 'lineage', 'cli', '1']);
    expect(human.stdout).toContain(`run: ${seeded.runs.cli?.[0]}`);
  });
});
