import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoResult, PolicyRecord, TimelineEvent } from '../../../shared/improve.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { EXIT } from './exit-codes.js';
import { type CliRun, runCli } from './test-cli.js';

let ws: { dir: string; cleanup: () => void };
const run = (args: string[], timeoutMs?: number) =>
  runCli(ws.dir, args, { env: { AI_FACTORY_BACKEND: 'wasm' }, ...(timeoutMs ? { timeoutMs } : {}) });
let demo: CliRun;

beforeAll(() => {
  ws = tempDir('aif-cli-improve-');
  demo = run(['demo', '--json', '--seed', '7'], 290_000);
}, 300_000);
afterAll(() => ws.cleanup());

describe('ai-factory demo, timeline and policy (CLI)', () => {
  it('demo --json runs the whole loop and ends with the live metric before drift, after drift and after the retrain', () => {
    expect(demo.code, demo.stderr.slice(-2000)).toBe(0);
    const r = DemoResult.parse(demo.json());
    expect(r.modelName).toBe('credit-demo');
    expect(r.liveMetric.name).toBe('accuracy');
    const { beforeDrift, afterDrift, afterRetrain } = r.liveMetric;
    // The drift costs v1 accuracy; the automatic retrain on labeled production rows wins it back.
    expect(beforeDrift).toBeGreaterThan(0.85);
    expect(afterDrift).toBeLessThan((beforeDrift ?? 0) - 0.1);
    expect(afterRetrain).toBeGreaterThan((afterDrift ?? 1) + 0.05);
    expect(r.promotedVersion).toBe(2);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.stages.map((s) => s.name)).toEqual([
      'import',
      'train',
      'evaluate',
      'deploy',
      'traffic',
      'drift',
      'retrain',
      'after retrain',
    ]);
    expect(r.driftAlertId).not.toBeNull();
  });

  it('timeline shows every decision of the cycle with its links, oldest first in text', () => {
    const r = run(['timeline', 'credit-demo', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { events } = r.json() as { events: unknown[] };
    const list = events.map((e) => TimelineEvent.parse(e));
    const kinds = list.map((e) => e.kind).reverse();
    expect(kinds.slice(0, 5)).toEqual(['trigger', 'dataset', 'train', 'gate', 'promote']);
    const byKind = (k: string) => list.find((e) => e.kind === k);
    expect(byKind('trigger')?.links.alertId).toMatch(/^alert_/);
    expect(byKind('trigger')?.values.windows).toBe(3);
    expect(byKind('dataset')?.links.datasetVersionId).toMatch(/^ver_/);
    expect(byKind('train')?.links.runId).toMatch(/^run_/);
    expect(byKind('gate')?.links.evaluationId).toMatch(/^ev_/);
    expect(byKind('promote')?.links.version).toBe(2);

    const text = run(['timeline', 'credit-demo']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/trigger\s+Policy "retrain on drift" started a cycle \(drift\)/);
    expect(text.stdout.indexOf('trigger')).toBeLessThan(text.stdout.indexOf('Promoted v2'));
  });

  it('policy list / set: the demo’s policy, a replacement from a file, and a bad file refused with what to fix', () => {
    const listed = run(['policy', 'list', 'credit-demo', '--json']);
    expect(listed.code).toBe(0);
    const policies = (listed.json() as unknown[]).map((p) => PolicyRecord.parse(p));
    expect(policies.map((p) => p.policy.name)).toEqual(['retrain on drift']);
    expect(policies[0]?.state.lastRunAt).not.toBeNull();

    const good = join(ws.dir, 'policies.json');
    writeFileSync(
      good,
      JSON.stringify({
        policies: [
          { name: 'retrain on drift', triggers: { driftWindows: 5, metricDrop: false } },
          {
            name: 'weekly',
            triggers: { driftWindows: null, metricDrop: false, everyHours: 168 },
            promotion: 'approval',
          },
        ],
      }),
    );
    const set = run(['policy', 'set', 'credit-demo', '--file', good, '--json']);
    expect(set.code, set.stderr).toBe(0);
    const after = (set.json() as unknown[]).map((p) => PolicyRecord.parse(p));
    expect(after.map((p) => [p.policy.name, p.policy.promotion])).toEqual([
      ['retrain on drift', 'auto'],
      ['weekly', 'approval'],
    ]);
    // The kept policy keeps its id and state; only its triggers changed.
    expect(after[0]?.id).toBe(policies[0]?.id);
    expect(after[0]?.state.lastRunAt).toBe(policies[0]?.state.lastRunAt);
    expect(after[0]?.policy.triggers.driftWindows).toBe(5);

    const noTrigger = join(ws.dir, 'no-trigger.json');
    writeFileSync(
      noTrigger,
      JSON.stringify([{ name: 'idle', triggers: { driftWindows: null, metricDrop: false } }]),
    );
    const bad = run(['policy', 'set', 'credit-demo', '--file', noTrigger]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('a policy needs at least one trigger');
    const notJson = join(ws.dir, 'broken.json');
    writeFileSync(notJson, '{"policies": [');
    const broken = run(['policy', 'set', 'credit-demo', '--file', notJson]);
    expect(broken.code).toBe(EXIT.usage);
    expect(broken.stderr).toMatch(/is not valid JSON .*write e\.g\./);
    // Nothing stored was changed by the refused files.
    const still = (run(['policy', 'list', 'credit-demo', '--json']).json() as unknown[]).length;
    expect(still).toBe(2);
    const unknown = run(['policy', 'list', 'no-such-model']);
    expect(unknown.code).toBe(EXIT.notFound);
    expect(unknown.stderr).toContain('No model named "no-such-model"');
  });
});
