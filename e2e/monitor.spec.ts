import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { datasetPath } from '../src/main/engine/test-support/datasets';
import { api, type Job, settle } from './engine-api';
import { type ServeUi, startServeUi } from './serve-ui';

/**
 * The Monitor step in a real browser against a real engine and inference server: a breast-cancer
 * model in production gets traffic like its training data, then traffic whose every feature is
 * scaled ×1.5; the page shows the drifted features and their distributions, the watch raises a
 * drift alert (banner and list), and a person acknowledges it.
 */

const WDBC = datasetPath('breast_cancer_wdbc.csv');
const MODEL = 'breast_cancer_wdbc';

const test = base.extend<Record<never, never>, { monitorServer: ServeUi }>({
  monitorServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServeUi();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ monitorServer }, use) => {
    await use(monitorServer.url);
  },
});

/** The CSV's rows as raw feature records (id and the target left out), optionally scaled. */
function records(scale: number): Record<string, number>[] {
  const [head, ...lines] = readFileSync(WDBC, 'utf8').trim().split('\n');
  const names = (head ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const rec: Record<string, number> = {};
    names.forEach((n, k) => {
      if (n !== 'id' && n !== 'diagnosis') rec[n] = Number(cells[k]) * scale;
    });
    return rec;
  });
}

test.describe
  .serial('monitoring a breast cancer model', () => {
    test('drifted traffic: drifted features, distributions, a drift alert acknowledged', async ({ page }) => {
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
      await api(page, 'models.promote', {
        name: MODEL,
        version: 1,
        reason: 'monitoring e2e, not evaluated',
        overrideGate: true,
      });

      await page.goto('/#/monitor');
      await expect(page.getByTestId('monitor-empty')).toHaveAttribute('data-reason', 'no-traffic');

      // 200 rows like training, then 300 with every feature ×1.5.
      const calm = records(1).slice(0, 200);
      const drifted = records(1.5).slice(0, 300);
      for (const rows of [calm, drifted]) {
        for (let i = 0; i < rows.length; i += 100)
          await api(page, 'serve.predict', { name: MODEL, instances: rows.slice(i, i + 100) });
      }
      await expect
        .poll(
          async () =>
            (await api<{ window: { rows: number } }>(page, 'monitor.report', { modelName: MODEL })).window
              .rows,
        )
        .toBe(500);

      await page.getByTestId('monitor-refresh').click();
      await expect(page.getByTestId('monitor-dataset-drift')).toHaveAttribute('data-drifted', 'true');
      const rows = page.getByTestId('monitor-feature-row');
      await expect(rows).toHaveCount(30);
      await expect(
        page.locator('[data-testid="monitor-feature-row"][data-drifted="true"]').first(),
      ).toBeVisible();
      const report = await api<{ features: { feature: string; drifted: boolean }[] }>(
        page,
        'monitor.report',
        {
          modelName: MODEL,
        },
      );
      const driftedCount = report.features.filter((f) => f.drifted).length;
      expect(driftedCount).toBeGreaterThanOrEqual(15);
      await expect(page.locator('[data-testid="monitor-feature-row"][data-drifted="true"]')).toHaveCount(
        driftedCount,
      );
      await rows.filter({ hasText: 'radius_mean' }).first().click();
      await expect(page.getByTestId('monitor-distribution')).toContainText('radius_mean');
      await expect(page.getByTestId('monitor-heatmap')).toBeVisible();

      // The watch looks every second from now on: a drift alert appears in the banner and the list.
      await api(page, 'settings.set', { patch: { 'monitor.watchSeconds': 1 } });
      await expect(page.getByTestId('alert-banner')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('alert-banner')).toContainText(`${MODEL} v1`);
      const alerts = page.getByTestId('monitor-alerts');
      await expect(alerts).toContainText(`Data drift in ${MODEL} v1`, { timeout: 15_000 });
      const open = await api<{ openCount: number }>(page, 'alerts.list', { modelName: MODEL, open: true });
      for (let i = 0; i < open.openCount; i++) await alerts.getByTestId('monitor-alert-ack').first().click();
      await expect
        .poll(
          async () =>
            (await api<{ openCount: number }>(page, 'alerts.list', { modelName: MODEL, open: true }))
              .openCount,
        )
        .toBe(0);
      await expect(page.getByTestId('alert-banner')).toHaveCount(0);
      expect(consoleErrors).toEqual([]);
    });
  });
