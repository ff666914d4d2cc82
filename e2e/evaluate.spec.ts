import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { datasetPath } from '../src/main/engine/test-support/datasets';
import { api, type Job, settle } from './engine-api';
import { type ServeUi, startServeUi } from './serve-ui';

/**
 * The Evaluate step in a real browser against a real engine: a trained breast-cancer model is
 * evaluated with robustness and a load test in the real inference server, the report shows the
 * engine's numbers, the threshold control recomputes the metrics from the report's counts, the
 * model card downloads as one offline HTML file, and a stricter gate policy blocks the version.
 */

const WDBC = datasetPath('breast_cancer_wdbc.csv');
const MODEL = 'breast_cancer_wdbc';

const test = base.extend<Record<never, never>, { evalServer: ServeUi }>({
  evalServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServeUi();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ evalServer }, use) => {
    await use(evalServer.url);
  },
});

interface Counts {
  threshold: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}
interface Report {
  id: string;
  metrics: { kind: string; accuracy: number; rocAuc: number | null; thresholds: Counts[] };
  gate: { passed: boolean };
}

const show = (v: number) => String(Number(v.toPrecision(4)));

test.describe
  .serial('evaluating a breast cancer model', () => {
    test('evaluate with robustness and a load test: the report, the threshold, the model card', async ({
      page,
    }) => {
      test.setTimeout(240_000);
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      const job = await api<Job>(page, 'data.import', { path: WDBC });
      const versionId = String((await settle(page, job.id)).result?.versionId);
      await api(page, 'data.configure', { versionId, target: 'diagnosis', roles: { id: 'excluded' } });
      const trained = await api<{ job: Job }>(page, 'train.start', { versionId, params: { epochs: 5 } });
      await settle(page, trained.job.id);

      await page.goto('/#/evaluate');
      await expect(page.getByRole('tab', { name: 'Evaluate', exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(page.getByTestId('eval-model-picker')).toContainText(MODEL);
      await expect(page.getByTestId('eval-robustness-toggle')).toBeChecked();
      await page.getByTestId('eval-load-toggle').check();
      await page.getByTestId('eval-load-rate').fill('100');
      await page.getByTestId('eval-load-seconds').fill('1');
      await page.getByTestId('eval-start').click();

      const verdict = page.getByTestId('eval-gate-verdict');
      await expect(verdict).toHaveText('Gate passed', { timeout: 150_000 });
      const report = await api<Report>(page, 'evaluate.latest', { modelName: MODEL, version: 1 });
      // The page shows the engine's numbers.
      await expect(page.getByTestId('eval-metric-accuracy')).toHaveAttribute(
        'data-value',
        String(report.metrics.accuracy),
      );
      await expect(page.getByTestId('eval-metric-roc-auc')).toHaveAttribute(
        'data-value',
        String(report.metrics.rocAuc),
      );
      await expect(page.getByTestId('eval-confusion')).toBeVisible();
      await expect(page.getByTestId('eval-slices').getByTestId('eval-slice-row').first()).toBeVisible();
      await expect(page.getByTestId('eval-robustness')).toHaveAttribute('data-run', 'true');
      await expect(page.getByTestId('eval-latency')).toHaveAttribute('data-run', 'true');
      await expect(page.getByTestId('eval-history').getByTestId('eval-history-item')).toHaveCount(1);

      // The threshold control recomputes accuracy from the report's counts at that threshold.
      await page.getByTestId('eval-threshold').fill('0.2');
      const at = report.metrics.thresholds.find((c) => Math.abs(c.threshold - 0.2) < 1e-9);
      if (!at) throw new Error('no counts at threshold 0.2');
      const accuracy = (at.tp + at.tn) / (at.tp + at.tn + at.fp + at.fn);
      await expect(page.getByTestId('eval-threshold-accuracy')).toHaveText(show(accuracy));

      // The model card: one HTML file that needs nothing from the network.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('eval-export-card').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${MODEL.replace(/_/g, '-')}-v1-model-card.html`);
      const html = readFileSync((await download.path()) ?? '', 'utf8');
      expect(html).toContain('Model card');
      expect(html).toContain(
        `<div class="name">Accuracy</div><div class="val">${show(report.metrics.accuracy)}</div>`,
      );
      expect(html).not.toMatch(/<script|<link|https?:\/\//);
      expect(consoleErrors).toEqual([]);
    });

    test('a policy with an unknown metric is refused; a stricter one blocks the version', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.goto('/#/evaluate');
      const editor = page.getByTestId('eval-policy-editor');
      await expect(editor).toBeVisible();
      await editor.fill('{"checks": [{"metric": "acuracy", "min": 0.9}]}');
      await page.getByTestId('eval-policy-save').click();
      await expect(page.getByTestId('eval-policy-error')).toContainText(
        'unknown metric; known metrics: accuracy',
      );

      await editor.fill(
        '{"checks": [{"metric": "accuracy", "min": 0.5}, {"metric": "latency_p99_ms", "max": 0.001}]}',
      );
      await page.getByTestId('eval-policy-save').click();
      await expect(page.getByTestId('eval-policy-error')).toHaveCount(0);
      const gate = await api<{ source: string }>(page, 'gate.get', { modelName: MODEL });
      expect(gate.source).toBe('model');

      await page.getByTestId('eval-robustness-toggle').uncheck();
      await page.getByTestId('eval-start').click();
      await expect(page.getByTestId('eval-history').getByTestId('eval-history-item')).toHaveCount(2, {
        timeout: 120_000,
      });
      await expect(page.getByTestId('eval-gate-verdict')).toHaveText('Gate blocked');
      await expect(page.getByTestId('eval-gate-checks')).toContainText('latency_p99_ms ≤ 0.001');
      await expect(page.getByTestId('eval-robustness')).toHaveAttribute('data-run', 'false');
      // Deploying it needs an override now: promotion refuses a blocked version.
      const res = await page.request.post('/api/commands/models.promote', {
        data: { name: MODEL, version: 1, reason: 'try it' },
      });
      const body = (await res.json()) as { ok: boolean; error?: { message: string } };
      expect(body.ok).toBe(false);
      expect(body.error?.message).toContain(`${MODEL} v1 failed its gate`);
    });
  });
