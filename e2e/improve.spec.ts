import { test as base, expect } from '@playwright/test';
import { api } from './engine-api';
import { type ServeUi, startServeUi } from './serve-ui';

/**
 * The whole loop in a real browser against a real engine: from the empty app, "Run the demo"
 * imports a synthetic credit stream, trains, evaluates and deploys v1, sends traffic whose
 * distribution and relation to the target change at a known moment; the watch raises a drift
 * alert (banner), the policy retrains on the old data plus the labeled production rows, the gate
 * passes and v2 is promoted — shown on the Monitor step's timeline. An analyst then labels a
 * production prediction from the queue.
 */

const test = base.extend<Record<never, never>, { demoServer: ServeUi }>({
  demoServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServeUi();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ demoServer }, use) => {
    await use(demoServer.url);
  },
});

interface DemoJobResult {
  modelName: string;
  liveMetric: { beforeDrift: number; afterDrift: number; afterRetrain: number | null };
  promotedVersion: number | null;
}

test('run the demo: a drift alert appears and the retrained version is promoted on the timeline', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto('/');
  await page.getByTestId('run-demo').first().click();
  await expect(page.getByTestId('demo-progress')).toBeVisible({ timeout: 15_000 });

  // The watch's drift alert reaches the banner while the demo still runs.
  await expect(page.getByTestId('alert-banner')).toContainText('credit-demo', { timeout: 180_000 });

  // The demo ends on the Monitor step with its numbers and the loop's timeline.
  await expect(page.getByTestId('demo-result')).toBeVisible({ timeout: 240_000 });
  const promote = page.locator('[data-testid="timeline-event"][data-kind="promote"]');
  await expect(promote.first()).toContainText('Promoted v2', { timeout: 30_000 });
  await expect(page.locator('[data-testid="timeline-event"][data-kind="trigger"]').first()).toContainText(
    'retrain on drift',
  );
  await expect(page.locator('[data-testid="timeline-event"][data-kind="gate"]').first()).toContainText(
    'Gate passed',
  );

  const jobs = await api<{ kind: string; status: string; result: unknown }[]>(page, 'jobs.list', {});
  const demo = jobs.find((j) => j.kind === 'demo');
  expect(demo?.status).toBe('succeeded');
  const r = demo?.result as DemoJobResult;
  expect(r.promotedVersion).toBe(2);
  // The drift hurt v1 and the automatic retrain won most of it back.
  expect(r.liveMetric.afterDrift).toBeLessThan(r.liveMetric.beforeDrift - 0.1);
  expect(r.liveMetric.afterRetrain).toBeGreaterThan(r.liveMetric.afterDrift + 0.05);
  const model = await api<{ versions: { version: number; stage: string }[] }>(page, 'models.get', {
    name: r.modelName,
  });
  expect(model.versions.find((v) => v.stage === 'production')?.version).toBe(2);
  await expect(page.locator('[data-testid="cycle-row"]').first()).toHaveAttribute(
    'data-status',
    /watching|completed/,
  );

  // An analyst labels a production prediction sampled from the drifted traffic: it counts as feedback.
  const panel = page.getByTestId('production-labels');
  await expect(panel.getByTestId('production-label-item').first()).toBeVisible();
  const before = Number(await panel.getAttribute('data-labeled'));
  await panel.getByTestId('production-label-class').first().click();
  await expect(panel).toHaveAttribute('data-labeled', String(before + 1));
  expect(consoleErrors).toEqual([]);
});
