import { createServer } from 'node:net';
import { test as base, expect, type Page } from '@playwright/test';
import { datasetPath } from '../src/main/engine/test-support/datasets';
import { api, type Job, settle } from './engine-api';
import { type ServeUi, startServeUi } from './serve-ui';

/**
 * The Deploy step in a real browser against a real engine and a real inference server: a trained
 * breast-cancer model is promoted with a reason, the server starts on a free port, the example the
 * page shows is sent as it is and answers with a prediction, the live charts count that traffic, a
 * second version is promoted and rolled back, and the copy buttons copy the shown text.
 */

const WDBC = datasetPath('breast_cancer_wdbc.csv');
const MODEL = 'breast_cancer_wdbc';

const test = base.extend<Record<never, never>, { deployServer: ServeUi }>({
  deployServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServeUi();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ deployServer }, use) => {
    await use(deployServer.url);
  },
});

/** Train a small model on the version through the engine (the Train step has its own e2e). */
async function trainVersion(page: Page, versionId: string): Promise<void> {
  const { job } = await api<{ job: Job }>(page, 'train.start', {
    versionId,
    params: { epochs: 5, batchSize: 32 },
  });
  await settle(page, job.id);
}

async function openDeploy(page: Page): Promise<void> {
  await page.goto('/#/deploy');
  await expect(page.getByRole('tab', { name: 'Deploy', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

const row = (page: Page, version: number) =>
  page.locator(`[data-testid="version-row"][data-version="${version}"]`);

/** The URL and JSON body of the curl example as the page shows it. */
async function shownCurl(page: Page): Promise<{ url: string; body: unknown; text: string }> {
  const text = (await page.getByTestId('example-curl').locator('code').textContent()) ?? '';
  const url = /curl -X POST '([^']+)'/.exec(text)?.[1] ?? '';
  const data = /-d '([\s\S]*)'$/.exec(text)?.[1] ?? '';
  return { url, body: JSON.parse(data.replace(/'\\''/g, "'")), text };
}

interface Prediction {
  prediction: string | number;
  model_version: number;
  prediction_id: string;
  probabilities?: Record<string, number>;
}

test.describe
  .serial('deploying a breast cancer model', () => {
    let versionId = '';

    test('promote v1 with a reason: production badge and a history entry', async ({ page }) => {
      test.setTimeout(180_000);
      const job = await api<Job>(page, 'data.import', { path: WDBC });
      versionId = String((await settle(page, job.id)).result?.versionId);
      await api(page, 'data.configure', { versionId, target: 'diagnosis', roles: { id: 'excluded' } });
      await trainVersion(page, versionId);

      await openDeploy(page);
      await expect(row(page, 1)).toHaveAttribute('data-stage', 'candidate');
      await expect(row(page, 1).getByTestId('stage-badge')).toHaveText('candidate');
      const lineage = page.getByTestId('lineage');
      await expect(lineage.getByTestId('lineage-dataset')).toContainText(`${MODEL} v1`);
      const version = await api<{ contentHash: string }>(page, 'data.version', { versionId });
      await expect(lineage.getByTestId('lineage-dataset')).toContainText(version.contentHash.slice(0, 12));
      await expect(lineage.getByTestId('lineage-run')).toContainText('mlp');
      await expect(lineage.getByTestId('lineage-evaluations')).toContainText('None yet');

      const promoteButton = page.getByRole('button', { name: 'Promote', exact: true });
      await expect(promoteButton).toBeDisabled();
      await expect(page.getByTestId('promote-why')).toHaveText(
        'Give a reason: it is kept in the model’s history.',
      );
      await expect(page.getByLabel('Move v1 to')).toHaveValue('production');
      await expect(page.getByRole('button', { name: 'Roll back' })).toBeDisabled();
      await expect(page.getByTestId('rollback-why')).toHaveText(
        `${MODEL} has no production version; promote one first.`,
      );

      await page.getByLabel('Reason for the promotion').fill('first model, test accuracy above the baseline');
      await expect(promoteButton).toBeEnabled();
      // Production needs a passing evaluation: refused, saying what to do.
      await promoteButton.click();
      await expect(page.getByTestId('promote-error')).toContainText(`${MODEL} v1 has not been evaluated`);
      await expect(row(page, 1)).toHaveAttribute('data-stage', 'candidate');
      const evaluation = await api<{ job: Job }>(page, 'evaluate.start', {
        modelName: MODEL,
        version: 1,
        robustness: false,
      });
      expect((await settle(page, evaluation.job.id)).status).toBe('succeeded');
      await promoteButton.click();
      await expect(row(page, 1)).toHaveAttribute('data-stage', 'production');
      await expect(lineage.getByTestId('lineage-evaluations')).toContainText('passed');
      await expect(row(page, 1).getByTestId('stage-badge')).toHaveText('production');
      const history = page.getByTestId('version-history').getByTestId('stage-event');
      await expect(history).toHaveCount(1);
      await expect(history.first()).toContainText('first model, test accuracy above the baseline');
      await expect(history.first()).toHaveAttribute('data-action', 'promote');
      await expect(page.getByTestId('rollback-why')).toHaveText(
        `v1 is the first production version of ${MODEL}; there is nothing to roll back to.`,
      );
      const detail = await api<{ production: number | null }>(page, 'models.get', { name: MODEL });
      expect(detail.production).toBe(1);
    });

    test('the server starts on a free port; the shown example predicts and the charts count it', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      await api(page, 'settings.set', { patch: { 'serve.port': 0 } });
      await openDeploy(page);
      const state = page.getByTestId('serve-state');
      await expect(state).toHaveText(/running|stopped/);
      if ((await state.textContent()) === 'running') {
        await page.getByRole('button', { name: 'Stop server' }).click();
        await expect(state).toHaveText('stopped');
      }
      await page.getByRole('button', { name: 'Start server' }).click();
      await expect(state).toHaveText('running', { timeout: 30_000 });
      const url = page.getByTestId('serve-url');
      await expect(url).toHaveText(/^http:\/\/127\.0\.0\.1:\d+$/);
      const base = (await url.textContent()) ?? '';
      expect(base.endsWith(':5280')).toBe(false);
      await expect(page.getByTestId('serve-token')).toHaveText('No token: only this machine can call it.');

      const example = await shownCurl(page);
      expect(example.url).toBe(`${base}/v1/models/${MODEL}:predict`);
      const res = await page.request.post(example.url, { data: example.body });
      expect(res.status()).toBe(200);
      const { predictions } = (await res.json()) as { predictions: Prediction[] };
      expect(predictions).toHaveLength(1);
      expect(['B', 'M']).toContain(predictions[0]?.prediction);
      expect(predictions[0]?.model_version).toBe(1);

      // The V2 example, sent as shown, answers too.
      const v2 = (await page.getByTestId('example-v2').locator('code').textContent()) ?? '';
      const v2Url = /curl -X POST '([^']+)'/.exec(v2)?.[1] ?? '';
      expect(v2Url).toBe(`${base}/v2/models/${MODEL}/infer`);
      const v2Body = JSON.parse(/-d '([\s\S]*)'$/.exec(v2)?.[1] ?? '') as { inputs: { shape: number[] }[] };
      expect(v2Body.inputs).toHaveLength(30);
      const v2Res = await page.request.post(v2Url, { data: v2Body });
      expect(v2Res.status()).toBe(200);

      for (let i = 0; i < 20; i++) {
        const r = await page.request.post(example.url, { data: example.body });
        expect(r.status()).toBe(200);
      }
      // 22 requests went out: the per-second points the page received add up to them.
      const summary = page.getByTestId('traffic-summary');
      await expect
        .poll(async () => Number(await summary.getAttribute('data-window-requests')), { timeout: 15_000 })
        .toBeGreaterThanOrEqual(22);
      await expect
        .poll(
          async () => Number(/(\d+) since start, 0 errors/.exec((await summary.textContent()) ?? '')?.[1]),
          {
            timeout: 15_000,
          },
        )
        .toBeGreaterThanOrEqual(22);
      expect(Number(await page.getByTestId('rate-chart').getAttribute('data-points'))).toBeGreaterThan(0);
      await expect(page.getByTestId('rate-chart').locator('.curve-requests path.recharts-curve')).toHaveCount(
        1,
      );
      await expect(page.getByTestId('recent-request').first()).toBeVisible({ timeout: 15_000 });
      expect(consoleErrors).toEqual([]);
    });

    test('a second version promoted, then rolled back: v1 serves again', async ({ page }) => {
      test.setTimeout(180_000);
      await openDeploy(page);
      await trainVersion(page, versionId);
      await expect(row(page, 2)).toHaveAttribute('data-stage', 'candidate', { timeout: 15_000 });

      await row(page, 2).getByRole('button', { name: 'v2' }).click();
      await expect(row(page, 2).getByRole('button', { name: 'v2' })).toHaveAttribute('aria-pressed', 'true');
      // v2 was never evaluated: a person overrides the gate, with a reason of 10+ characters.
      await page.getByTestId('promote-override').check();
      await page.getByLabel('Reason for the promotion').fill('retrained');
      await expect(page.getByTestId('promote-why')).toHaveText(
        'Overriding the gate needs a reason of at least 10 characters saying why.',
      );
      await page.getByLabel('Reason for the promotion').fill('retrained on the same data');
      await page.getByRole('button', { name: 'Promote', exact: true }).click();
      await expect(row(page, 2)).toHaveAttribute('data-stage', 'production');
      await expect(row(page, 1)).toHaveAttribute('data-stage', 'archived');
      await expect(page.getByTestId('rollback-why')).toHaveText(
        'Give a reason: it is kept in the model’s history.',
      );

      const rollback = page.getByRole('button', { name: 'Roll back to v1' });
      await expect(rollback).toBeDisabled();
      await page.getByLabel('Reason for the rollback').fill('v2 answers slower');
      await expect(page.getByTestId('rollback-why')).toHaveText('v2 is archived, v1 serves again.');
      await rollback.click();
      await expect(row(page, 1)).toHaveAttribute('data-stage', 'production');
      await expect(row(page, 2)).toHaveAttribute('data-stage', 'archived');
      const history = page.getByTestId('model-history').getByTestId('stage-event');
      await expect(history.first()).toContainText('v2 answers slower');
      await expect(history.filter({ hasText: 'v2 answers slower' })).toHaveCount(2);
      const detail = await api<{ production: number | null }>(page, 'models.get', { name: MODEL });
      expect(detail.production).toBe(1);

      // The server follows the registry: unversioned requests are answered by v1 again.
      const example = await shownCurl(page);
      await expect
        .poll(
          async () => {
            const r = await page.request.post(example.url, { data: example.body });
            const body = (await r.json()) as { predictions: Prediction[] };
            return body.predictions[0]?.model_version;
          },
          { timeout: 15_000 },
        )
        .toBe(1);
    });

    test('the copy buttons copy the example text', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openDeploy(page);
      for (const [id, title] of [
        ['curl', 'curl'],
        ['python', 'Python (requests)'],
        ['javascript', 'JavaScript (fetch)'],
        ['v2', 'Open Inference Protocol v2 (curl)'],
      ] as const) {
        const figure = page.getByTestId(`example-${id}`);
        const shown = (await figure.locator('code').textContent()) ?? '';
        expect(shown.length).toBeGreaterThan(50);
        const button = figure.getByRole('button', { name: `Copy the ${title} example` });
        await button.click();
        await expect(button).toHaveText('Copied');
        expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(shown);
      }
      const python = (await page.getByTestId('example-python').locator('code').textContent()) ?? '';
      expect(python).toContain('import requests');
      expect(python).toContain(`/v1/models/${MODEL}:predict`);
    });
    test('with a token: masked until revealed, in every example, and required by the server', async ({
      page,
    }) => {
      const token = 'e2e-token-0123456789';
      await api(page, 'settings.set', { patch: { 'serve.token': token } });
      await openDeploy(page);
      await page.getByRole('button', { name: 'Stop server' }).click();
      await expect(page.getByTestId('serve-state')).toHaveText('stopped');
      await page.getByRole('button', { name: 'Start server' }).click();
      await expect(page.getByTestId('serve-state')).toHaveText('running', { timeout: 30_000 });

      const shown = page.getByTestId('serve-token').locator('code');
      await expect(shown).toHaveText('••••••••6789');
      await page.getByRole('button', { name: 'Reveal' }).click();
      await expect(shown).toHaveText(token);
      await page.getByRole('button', { name: 'Hide' }).click();
      await expect(shown).toHaveText('••••••••6789');
      for (const id of ['curl', 'python', 'javascript', 'v2'])
        await expect(page.getByTestId(`example-${id}`).locator('code')).toContainText(`Bearer ${token}`);

      const example = await shownCurl(page);
      expect((await page.request.post(example.url, { data: example.body })).status()).toBe(401);
      const ok = await page.request.post(example.url, {
        data: example.body,
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(ok.status()).toBe(200);
      await page.getByRole('button', { name: 'Stop server' }).click();
      await expect(page.getByTestId('serve-state')).toHaveText('stopped');
    });
    test('a port in use: the start fails and the page says what to do', async ({ page }) => {
      const blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const address = blocker.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      try {
        await api(page, 'settings.set', { patch: { 'serve.port': port, 'serve.token': null } });
        await openDeploy(page);
        await expect(page.getByTestId('serve-state')).toHaveText('stopped');
        await page.getByRole('button', { name: 'Start server' }).click();
        await expect(page.getByTestId('serve-error')).toContainText(`port ${port} on 127.0.0.1 is in use`);
        await expect(page.getByTestId('serve-error')).toContainText('choose another port');
        await expect(page.getByTestId('serve-state')).toHaveText('stopped');
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
      }
    });
  });
