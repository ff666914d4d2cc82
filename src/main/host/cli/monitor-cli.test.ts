import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonitorReport } from '../../../shared/monitor-report.js';
import { trainModelVersions } from '../../engine/serve/registry/test-models.js';
import { openTestEngine } from '../../engine/test-support/open-test-engine.js';
import { tempDir } from '../../engine/test-support/temp-workspace.js';
import { runCli } from './test-cli.js';

let ws: { dir: string; cleanup: () => void };
const run = (args: string[]) => runCli(ws.dir, args, { env: { AI_FACTORY_BACKEND: 'wasm' } });

beforeAll(async () => {
  ws = tempDir('aif-cli-monitor-');
  // A production model with 120 logged predictions, half of them with an unseen category.
  const t = await openTestEngine({ workspace: ws.dir, serve: { logIntervalMs: 50 } });
  try {
    await trainModelVersions(t.engine, { cli: 1 });
    await t.engine.call('models.promote', {
      name: 'cli',
      version: 1,
      reason: 'monitor CLI test',
      overrideGate: true,
    });
    const instances = Array.from({ length: 120 }, (_, i) => ({
      a: (i % 2 ? -1.5 : 1.5) + ((i * 7) % 10) / 10 - 0.5,
      b: (i % 2 ? 1.5 : -1.5) + ((i * 3) % 10) / 10 - 0.5,
      c: (i % 2 ? -1.5 : 1.5) + ((i * 9) % 10) / 10 - 0.5,
      kind: i % 2 ? 'new-kind' : 'r',
    }));
    await t.engine.call('serve.predict', { name: 'cli', instances });
    for (let i = 0; i < 100; i++) {
      const r = await t.engine.call('monitor.report', { modelName: 'cli', window: { rows: 120 } });
      if (r.window.rows === 120) break;
      await new Promise((res) => setTimeout(res, 50));
    }
  } finally {
    await t.cleanup();
  }
}, 300_000);
afterAll(() => ws.cleanup());

describe('ai-factory monitor (CLI)', () => {
  it('--json prints the window, each feature’s method, value, threshold and verdict, dataset drift, quality and the live metric', () => {
    const r = run(['monitor', 'cli', '--window', '100', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = MonitorReport.parse(r.json());
    expect(report.window).toMatchObject({ kind: 'count', requestedRows: 100, rows: 100 });
    for (const f of report.features) {
      expect(typeof f.feature).toBe('string');
      expect(f.pValue !== undefined || f.score !== undefined).toBe(true);
      expect(typeof f.threshold).toBe('number');
    }
    const kind = report.features.find((f) => f.feature === 'kind');
    expect(kind).toMatchObject({ method: 'chi2', drifted: true });
    expect(report.datasetDrift).toMatchObject({ total: 4 });
    expect(report.quality.breaches.map((b) => b.check)).toContain('unseen_categories');
    expect(report.liveMetrics).toMatchObject({ name: 'accuracy', labeled: 0, value: null });

    const text = run(['monitor', 'cli', '--window', '100']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('cli v1: 100 predictions');
    expect(text.stdout).toMatch(/\nkind +chi2 +p=\S+ +0\.05 +YES/);
    expect(text.stdout).toContain(
      'quality: kind: 50.0 % of values are categories training never saw (new-kind)',
    );
  });

  it('refuses a bad window and an unknown model with what to fix', () => {
    const bad = run(['monitor', 'cli', '--window', 'all', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.json().error.message).toBe(
      '--window must be a whole number of predictions, 10 or more, not "all".',
    );
    const unknown = run(['monitor', 'nope', '--json']);
    expect(unknown.code).toBe(4);
    expect(unknown.json().error.message).toMatch(/^No model "nope"; the models are: cli/);
  });
});
