import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lineage, ModelDetail } from '../../../shared/serve.js';
import { trainModelVersions } from '../serve/registry/test-models.js';
import { failure } from '../test-support/failure.js';
import { openTestEngine, type TestEngine } from '../test-support/open-test-engine.js';

let t: TestEngine;
let seeded: Awaited<ReturnType<typeof trainModelVersions>>;

beforeAll(async () => {
  t = await openTestEngine();
  // flow: v1, v2 (promotion and rollback); solo: v1 only; gate: v1, v2 (the gate, the unique index)
  seeded = await trainModelVersions(t.engine, { flow: 2, solo: 1, gate: 2 });
}, 300_000);
afterAll(async () => {
  await t?.cleanup();
});

const stages = async (name: string) =>
  Object.fromEntries(
    (await t.engine.call('models.get', { name })).versions.map((v) => [`v${v.version}`, v.stage]),
  );

const changedEvents = (name: string) =>
  t.events.filter((e) => e.type === 'models.changed' && e.name === name).length;

describe('model registry (engine)', () => {
  it('files trained runs as candidate versions and tells listeners', async () => {
    expect(await stages('flow')).toEqual({ v1: 'candidate', v2: 'candidate' });
    expect(changedEvents('flow')).toBe(2);
    const list = await t.engine.call('models.list', {});
    expect(list.map((m) => [m.name, m.production])).toEqual([
      ['flow', null],
      ['gate', null],
      ['solo', null],
    ]);
    const summary = await t.engine.call('workspace.summary', {});
    expect(summary.steps.find((s) => s.id === 'deploy')).toMatchObject({ state: 'ready' });
  });

  it('promotes v1, then v2 (v1 archived), rolls back to v1 (v2 archived), recording reason, actor and time', async () => {
    const before = changedEvents('flow');
    const p1 = await t.engine.call('models.promote', {
      name: 'flow',
      version: 1,
      reason: 'first release',
      overrideGate: true,
    });
    expect(p1).toMatchObject({ modelName: 'flow', version: 1, stage: 'production' });
    expect(await stages('flow')).toEqual({ v1: 'production', v2: 'candidate' });

    const p2 = await t.engine.call('models.promote', {
      name: 'flow',
      version: 2,
      reason: 'better recall',
      actor: 'alice',
      overrideGate: true,
    });
    expect(p2.stage).toBe('production');
    expect(await stages('flow')).toEqual({ v1: 'archived', v2: 'production' });
    expect(changedEvents('flow')).toBe(before + 2);

    const detail = ModelDetail.parse(await t.engine.call('models.get', { name: 'flow' }));
    expect(detail.production).toBe(2);
    // Newest first: v2 promoted, v1 demoted (same transaction), v1 promoted.
    expect(detail.events.map((e) => [e.version, e.fromStage, e.toStage, e.action, e.actor])).toEqual([
      [2, 'candidate', 'production', 'promote', 'alice'],
      [1, 'production', 'archived', 'demote', 'alice'],
      [1, 'candidate', 'production', 'promote', userInfo().username],
    ]);
    expect(detail.events[0]?.reason).toBe(
      '[gate overridden: flow v2 has not been evaluated; run `ai-factory evaluate flow 2` (or Evaluate in the app) first.] better recall',
    );
    expect(detail.events[1]?.reason).toContain('better recall');
    expect(detail.events[2]?.reason).toMatch(
      /^\[gate overridden: flow v1 has not been evaluated; .*\] first release$/,
    );
    for (const e of detail.events) expect(Date.now() - Date.parse(e.at)).toBeLessThan(10 * 60_000);

    const rb = await t.engine.call('models.rollback', { name: 'flow', reason: 'v2 misbehaves' });
    expect(rb).toEqual({ modelName: 'flow', from: 2, to: 1 });
    expect(await stages('flow')).toEqual({ v1: 'production', v2: 'archived' });
    expect(changedEvents('flow')).toBe(before + 3);
    const after = await t.engine.call('models.get', { name: 'flow' });
    expect(
      after.events.slice(0, 2).map((e) => [e.version, e.fromStage, e.toStage, e.action, e.reason]),
    ).toEqual([
      [1, 'archived', 'production', 'rollback', 'v2 misbehaves'],
      [2, 'production', 'archived', 'rollback', 'v2 misbehaves'],
    ]);

    // Lineage of v1: its deployments oldest first.
    const lin = Lineage.parse(await t.engine.call('models.lineage', { name: 'flow', version: 1 }));
    expect(lin.deployments.map((e) => e.action)).toEqual(['promote', 'demote', 'rollback']);
    expect(lin.run.id).toBe(seeded.runs.flow?.[0]);

    // Promoting to the stage it already has is a conflict, and changes nothing.
    const again = await failure(
      t.engine.call('models.promote', { name: 'flow', version: 1, reason: 'again' }),
    );
    expect(again.kind).toBe('conflict');
    expect(again.message).toBe('flow v1 is already in production; nothing to change.');
    expect((await t.engine.call('models.get', { name: 'flow' })).events).toHaveLength(5);
  });

  it('refuses a rollback with no earlier production version, and unknown models and versions', async () => {
    const none = await failure(t.engine.call('models.rollback', { name: 'solo' }));
    expect(none.kind).toBe('conflict');
    expect(none.message).toMatch(/solo has no production version/);

    await t.engine.call('models.promote', {
      name: 'solo',
      version: 1,
      reason: 'only one version',
      overrideGate: true,
    });
    const first = await failure(t.engine.call('models.rollback', { name: 'solo', reason: 'oops' }));
    expect(first.kind).toBe('conflict');
    expect(first.message).toBe('v1 is the first production version of solo; nothing to roll back to.');
    expect(await stages('solo')).toEqual({ v1: 'production' });

    const noVersion = await failure(
      t.engine.call('models.promote', { name: 'solo', version: 7, reason: 'x' }),
    );
    expect(noVersion.kind).toBe('not_found');
    expect(noVersion.message).toBe('Model solo has no version 7; its versions: v1.');
    const noModel = await failure(t.engine.call('models.get', { name: 'nope' }));
    expect(noModel.kind).toBe('not_found');
    expect(noModel.message).toBe('No model "nope"; the models are: flow, gate, solo.');
    const noReason = await failure(
      t.engine.call('models.promote', { name: 'solo', version: 1, reason: '  ' }),
    );
    expect(noReason.kind).toBe('invalid_input');
    expect(noReason.message).toMatch(/reason/);
  });

  it('the promotion gate refuses a version missing an artifact file, naming it, and changes nothing', async () => {
    await t.engine.call('models.promote', {
      name: 'gate',
      version: 1,
      reason: 'baseline version',
      overrideGate: true,
    });
    const v2 = (await t.engine.call('models.get', { name: 'gate' })).versions[1];
    rmSync(join(t.dir, v2?.artifactDir ?? 'missing', 'input-schema.json'));
    const before = changedEvents('gate');
    const err = await failure(
      t.engine.call('models.promote', {
        name: 'gate',
        version: 2,
        reason: 'try it anyway',
        overrideGate: true,
      }),
    );
    expect(err.kind).toBe('conflict');
    expect(err.message).toContain('missing input-schema.json');
    expect(err.message).toContain('gate v2 cannot go to production');
    expect(await stages('gate')).toEqual({ v1: 'production', v2: 'candidate' });
    expect((await t.engine.call('models.get', { name: 'gate' })).events).toHaveLength(1);
    expect(changedEvents('gate')).toBe(before);
    // Archiving is not gated: a broken version can always be put aside.
    const archived = await t.engine.call('models.promote', {
      name: 'gate',
      version: 2,
      stage: 'archived',
      reason: 'broken files',
    });
    expect(archived.stage).toBe('archived');
  });

  it('refuses production without a passing evaluation; an override needs a written reason', async () => {
    // flow v2 is archived (rolled back above) and has never been evaluated.
    const refused = await failure(
      t.engine.call('models.promote', { name: 'flow', version: 2, reason: 'ship it' }),
    );
    expect(refused.kind).toBe('conflict');
    expect(refused.message).toBe(
      'flow v2 cannot go to production: flow v2 has not been evaluated; run `ai-factory evaluate flow 2` (or Evaluate in the app) first. To ship it anyway, override the gate with a written reason (--override-gate).',
    );
    const short = await failure(
      t.engine.call('models.promote', { name: 'flow', version: 2, reason: 'why not', overrideGate: true }),
    );
    expect(short.kind).toBe('invalid_input');
    expect(short.message).toMatch(/at least 10 characters/);
    expect(await stages('flow')).toEqual({ v1: 'production', v2: 'archived' });
    // Staging is not gated by evaluation.
    const staged = await t.engine.call('models.promote', {
      name: 'flow',
      version: 2,
      stage: 'staging',
      reason: 'try',
    });
    expect(staged.stage).toBe('staging');
  });

  it('the database refuses two production versions of one model', async () => {
    // gate v1 is in production (previous test); force v2 there behind the registry's back.
    const { db } = t.engine.context;
    const force = () =>
      db
        .prepare("UPDATE model_versions SET stage = 'production' WHERE model_name = 'gate' AND version = 2")
        .run();
    expect(force).toThrow(/UNIQUE/);
    expect(await stages('gate')).toEqual({ v1: 'production', v2: 'archived' });
  });

  it('lineage gives the dataset version (hash, number) and the run, and survives deleting the dataset', async () => {
    const v = t.engine.context.data.datasets.requireVersion(seeded.versionId);
    const lin = Lineage.parse(await t.engine.call('models.lineage', { name: 'gate', version: 2 }));
    expect(lin.dataset).toEqual({
      datasetId: seeded.datasetId,
      name: 'blobs',
      versionId: seeded.versionId,
      versionNumber: 1,
      contentHash: v.contentHash,
    });
    expect(lin.run).toMatchObject({
      id: seeded.runs.gate?.[1],
      kind: 'train',
      tuningId: null,
      template: 'mlp',
    });
    expect(lin.run.metrics?.accuracy).toBeGreaterThan(0.5);
    expect(lin.evaluations).toEqual([]);
    expect(lin.deployments.map((e) => e.toStage)).toEqual(['archived']);
    // The raw inputs come from the artifact's input schema: the features, not the target.
    expect(lin.inputs).toBeNull(); // the gate test removed this version's input-schema.json
    const flow = Lineage.parse(await t.engine.call('models.lineage', { name: 'flow', version: 1 }));
    expect(flow.inputs?.map((i) => [i.name, i.datatype])).toEqual(
      v.columns
        .filter((c) => c.role === 'feature')
        .map((c) => [c.name, c.type === 'categorical' ? 'BYTES' : 'FP64']),
    );

    await t.engine.call('data.delete', { datasetId: seeded.datasetId });
    const gone = Lineage.parse(await t.engine.call('models.lineage', { name: 'gate', version: 2 }));
    expect(gone.dataset).toEqual({ ...lin.dataset, name: null, versionNumber: null });
  });

  it('the workspace summary shows the deploy step done once a version is in production', async () => {
    const summary = await t.engine.call('workspace.summary', {});
    expect(summary.steps.find((s) => s.id === 'deploy')).toMatchObject({ state: 'done' });
  });
});
