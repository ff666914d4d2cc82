import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetPath } from '../../engine/test-support/datasets.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { packageInfo } from '../../engine/util/package-root.js';

const root = packageInfo().dir;
const bin = join(root, 'bin', 'ai-factory.mjs');
const adult = datasetPath('adult_train.csv');
let ws: { dir: string; cleanup: () => void };

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, '--workspace', ws.dir, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const lines = r.stdout.trim().split('\n');
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    json: () => JSON.parse(lines[lines.length - 1] ?? 'null'),
  };
}

beforeAll(() => {
  ws = tempDir('aif-cli-data-');
});
afterAll(() => ws.cleanup());

describe('ai-factory data (CLI, on the Adult census data)', () => {
  let versionId = '';

  it('imports the Adult CSV with --json: ids, name, rows, columns', () => {
    const r = run(['data', 'import', adult, '--target', 'income', '--json']);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const out = r.json() as {
      datasetId: string;
      versionId: string;
      name: string;
      rows: number;
      columns: number;
    };
    expect(out).toMatchObject({ name: 'adult_train', rows: 32_561, columns: 15 });
    expect(typeof out.datasetId).toBe('string');
    versionId = out.versionId;
  });

  it('lists datasets and shows schema, profile and quality report', () => {
    const list = run(['data', 'list', '--json']).json() as { datasets: { name: string }[] };
    expect(list.datasets.map((d) => d.name)).toEqual(['adult_train']);
    const show = run(['data', 'show', 'adult_train', '--json']);
    expect(show.code).toBe(0);
    const out = show.json() as {
      version: { target: string; task: string; columns: { name: string; type: string; missing: number }[] };
      profile: { rows: number };
      quality: { findings: { check: string; columns: string[] }[] };
    };
    expect(out.version.target).toBe('income');
    expect(out.version.task).toBe('binary');
    const col = (n: string) => out.version.columns.find((c) => c.name === n);
    expect(col('workclass')).toMatchObject({ type: 'categorical', missing: 1836 });
    expect(col('age')?.type).toBe('integer');
    expect(out.profile.rows).toBe(32_561);
    const checks = out.quality.findings.map((f) => f.check);
    expect(checks).toContain('duplicate_rows');
    expect(out.quality.findings.filter((f) => f.check === 'high_missing').flatMap((f) => f.columns)).toEqual(
      expect.arrayContaining(['workclass', 'occupation']),
    );
    const human = run(['data', 'show', versionId]);
    expect(human.stdout).toMatch(/Quality report: \d+ finding/);
  });

  it('cleans with a recipe file, exports to CSV and imports labels from a column', () => {
    const recipe = join(ws.dir, 'recipe.json');
    writeFileSync(
      recipe,
      JSON.stringify([{ op: 'deduplicate' }, { op: 'impute', columns: ['workclass'], strategy: 'mode' }]),
    );
    const clean = run(['data', 'clean', versionId, '--recipe', recipe, '--json']);
    expect(clean.code).toBe(0);
    const v2 = clean.json() as { versionId: string; number: number; rows: number };
    expect(v2.number).toBe(2);
    expect(v2.rows).toBe(32_537);

    const bad = join(ws.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ op: 'impute', columns: ['workclas'], strategy: 'mode' }]));
    const refused = run(['data', 'clean', versionId, '--recipe', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/workclas/);

    const labels = run([
      'data',
      'label-import',
      v2.versionId,
      '--from-column',
      'income',
      '--json',
    ]).json() as { imported: number };
    expect(labels.imported).toBe(32_537);

    const out = join(ws.dir, 'adult-clean.csv');
    const exp = run(['data', 'export', v2.versionId, out, '--json']);
    expect(exp.code).toBe(0);
    expect((exp.json() as { rows: number }).rows).toBe(32_537);
    const lines = readFileSync(out, 'utf8').trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(32_538);
    expect(lines[0]).toBe(
      'age,workclass,fnlwgt,education,education-num,marital-status,occupation,relationship,race,sex,capital-gain,capital-loss,hours-per-week,native-country,income,label',
    );
    const rows = lines.slice(1).map((l) => l.split(','));
    // workclass was imputed: no empty field left; occupation still has its missing values.
    expect(rows.filter((r) => r[1] === '').length).toBe(0);
    expect(rows.filter((r) => r[6] === '').length).toBeGreaterThan(1000);
    // The label column carries the labels imported from income.
    expect(rows.every((r) => r[15] === r[14])).toBe(true);
  });

  it('splits, then fits the feature pipeline on the train split', () => {
    const split = run(['data', 'split', 'adult_train@1', '--method', 'stratified', '--seed', '7', '--json']);
    expect(split.code).toBe(0);
    const counts = (split.json() as { counts: { train: number; validation: number; test: number } }).counts;
    expect(counts.train + counts.validation + counts.test).toBe(32_561);
    expect(Math.abs(counts.train - 0.7 * 32_561)).toBeLessThanOrEqual(2);
    const p = run(['data', 'pipeline', 'adult_train@1', '--json']);
    expect(p.code).toBe(0);
    const pipeline = p.json() as {
      fittedOn: { rows: number };
      target: { classes: string[] };
      denseNames: string[];
    };
    expect(pipeline.fittedOn.rows).toBe(counts.train);
    expect(pipeline.target.classes).toEqual(['<=50K', '>50K']);
    expect(pipeline.denseNames).toContain('workclass=Private');
    expect(run(['data', 'pipeline', 'adult_train@1', '--scaling', 'log']).code).toBe(2);
  });
});
