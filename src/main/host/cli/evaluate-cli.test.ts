import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluationReport } from '../../../shared/evaluate.js';
import { trainModelVersions } from '../../engine/serve/registry/test-models.js';
import { openTestEngine } from '../../engine/test-support/open-test-engine.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { runCli } from './test-cli.js';

let ws: { dir: string; cleanup: () => void };

const run = (args: string[]) =>
  runCli(ws.dir, args, { timeoutMs: 180_000, env: { AI_FACTORY_BACKEND: 'wasm' } });

beforeAll(async () => {
  ws = tempDir('aif-cli-evaluate-');
  const t = await openTestEngine({ workspace: ws.dir });
  try {
    await trainModelVersions(t.engine, { cli: 1 });
  } finally {
    await t.cleanup();
  }
}, 300_000);
afterAll(() => ws.cleanup());

describe('ai-factory evaluate and gate (CLI)', () => {
  it('prints the same numbers as --json, with robustness, a load test and a model card', () => {
    const json = run(['evaluate', 'cli', '1', '--robustness', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const report = EvaluationReport.parse(json.json());
    if (report.metrics.kind !== 'classification') throw new Error('expected classification');
    const card = join(ws.dir, 'card.html');
    const text = run([
      'evaluate',
      'cli',
      '1',
      '--robustness',
      '--load-rate',
      '50',
      '--load-seconds',
      '1',
      '--load-connections',
      '2',
      '--report',
      card,
    ]);
    expect(text.code, text.stderr).toBe(0);
    const f = (x: number | null) => String(Number((x ?? Number.NaN).toFixed(4)));
    expect(text.stdout).toContain(
      `accuracy ${f(report.metrics.accuracy)}  balanced accuracy ${f(report.metrics.balancedAccuracy)}  ROC-AUC ${f(report.metrics.rocAuc)}`,
    );
    expect(text.stdout).toContain(`robustness score ${Number(report.robustness?.score.toFixed(3))}`);
    expect(text.stdout).toMatch(
      /latency under load:\n {2}v1 +p50 [\d.]+ ms {2}p95 [\d.]+ ms {2}p99 [\d.]+ ms/,
    );
    expect(text.stdout).toContain('gate: PASSED (default policy)');
    expect(text.stdout).toContain(`model card: ${card}`);
    // Progress went to stderr, not into the output.
    expect(text.stderr).toMatch(/%/);
    const html = readFileSync(card, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('cli · version 1');
  }, 240_000);

  it('sets and shows a gate policy; refuses unknown metrics and bad JSON with what to fix', () => {
    const good = join(ws.dir, 'policy.json');
    writeFileSync(
      good,
      JSON.stringify({
        checks: [
          { metric: 'accuracy', min: 0.6 },
          { slice: 'kind', metric: 'accuracy', min: 0.5 },
        ],
      }),
    );
    const set = run(['gate', 'set', 'cli', '--policy', good, '--json']);
    expect(set.code, set.stderr).toBe(0);
    const shown = run(['gate', 'show', 'cli', '--json']);
    expect(shown.json()).toMatchObject({
      modelName: 'cli',
      source: 'model',
      policy: {
        checks: [
          { metric: 'accuracy', min: 0.6 },
          { slice: 'kind', metric: 'accuracy', min: 0.5 },
        ],
      },
    });

    const unknown = join(ws.dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ checks: [{ metric: 'auc', min: 0.8 }] }));
    const refused = run(['gate', 'set', 'cli', '--policy', unknown, '--json']);
    expect(refused.code).toBe(2);
    const err = (refused.json() as { error: { message: string } }).error.message;
    expect(err).toMatch(/unknown metric; known metrics: accuracy, .*roc_auc/);
    const broken = join(ws.dir, 'broken.json');
    writeFileSync(broken, '{"checks": [');
    const bad = run(['gate', 'set', 'cli', '--policy', broken, '--json']);
    expect(bad.code).toBe(2);
    expect((bad.json() as { error: { message: string } }).error.message).toMatch(/is not valid JSON/);
    // The refused policies changed nothing.
    expect((run(['gate', 'show', 'cli', '--json']).json() as { policy: unknown }).policy).toEqual({
      checks: [
        { metric: 'accuracy', min: 0.6 },
        { slice: 'kind', metric: 'accuracy', min: 0.5 },
      ],
    });
  }, 120_000);
});
