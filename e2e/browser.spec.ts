import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STEPS = ['Data', 'Train', 'Evaluate', 'Deploy', 'Monitor'];

function stepTab(page: Page, name: string): Locator {
  return page.getByRole('tab', { name, exact: true });
}

/** Start a benchmark from Workspace tools and return its row (found by the id jobs.start answered). */
async function startBenchmark(page: Page, seconds: number): Promise<Locator> {
  await page.getByLabel('Seconds').fill(String(seconds));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/commands/jobs.start')),
    page.getByRole('button', { name: 'Benchmark backend' }).click(),
  ]);
  const body = (await response.json()) as { ok: boolean; value?: { id: string } };
  expect(body.ok).toBe(true);
  const id = body.value?.id ?? '';
  return page.locator(`[data-testid="job-row"][data-job-id="${id}"]`);
}

async function statusAndProgress(row: Locator): Promise<{ status: string | null; value: number }> {
  const status = await row.getAttribute('data-status');
  const value = Number(await row.getByRole('progressbar').getAttribute('aria-valuenow'));
  return { status, value };
}

test('loads with the five steps in order, the Data step first, and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'AI Factory', level: 1 })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Lifecycle steps' }).getByRole('tab');
  await expect(tabs).toHaveCount(STEPS.length);
  for (const [i, name] of STEPS.entries()) {
    await expect(tabs.nth(i)).toHaveAccessibleName(name);
    await expect(tabs.nth(i)).toHaveAccessibleDescription(/^(Blocked|Ready|In progress|Done)$/);
  }
  await expect(stepTab(page, 'Data')).toHaveAttribute('aria-selected', 'true');
  await expect(stepTab(page, 'Data')).toHaveAccessibleDescription('Ready');

  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: 'Data', level: 2 })).toBeVisible();
  await expect(panel.getByTestId('next-action')).toHaveText(/Import a CSV or JSON file/);
  await expect(page.getByRole('region', { name: 'Jobs' })).toBeVisible();
  await expect(page.getByTestId('backend-badge')).toBeVisible();

  expect(errors).toEqual([]);
});

test('the stepper is keyboard navigable: arrows, Home and End move and select', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('tabpanel');
  await stepTab(page, 'Data').focus();

  await page.keyboard.press('ArrowRight');
  await expect(stepTab(page, 'Train')).toBeFocused();
  await expect(stepTab(page, 'Train')).toHaveAttribute('aria-selected', 'true');
  await expect(stepTab(page, 'Data')).toHaveAttribute('aria-selected', 'false');
  await expect(panel.getByRole('heading', { name: 'Train', level: 2 })).toBeVisible();
  await expect(panel).toContainText('Blocked');

  await page.keyboard.press('ArrowRight');
  await expect(stepTab(page, 'Evaluate')).toBeFocused();
  await page.keyboard.press('End');
  await expect(stepTab(page, 'Monitor')).toBeFocused();
  await expect(panel.getByRole('heading', { name: 'Monitor', level: 2 })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(stepTab(page, 'Data')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(stepTab(page, 'Monitor')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(stepTab(page, 'Data')).toBeFocused();
  await expect(stepTab(page, 'Data')).toHaveAttribute('aria-selected', 'true');

  // Only the selected tab is in the tab order; Tab moves on into its panel.
  await page.keyboard.press('Tab');
  await expect(panel).toBeFocused();

  // A blocked step points to the step to do first.
  await stepTab(page, 'Deploy').click();
  await panel.getByRole('button', { name: 'Go to Data' }).click();
  await expect(stepTab(page, 'Data')).toHaveAttribute('aria-selected', 'true');
});

test('the backend badge shows wasm and lists every candidate with its reason', async ({ page }) => {
  await page.goto('/');
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toContainText('wasm');
  await badge.click();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  const candidates = page.getByRole('list', { name: 'Backends tried, in order' }).getByRole('listitem');
  await expect(candidates).toHaveCount(4);
  await expect(candidates.filter({ hasText: 'Chosen' })).toContainText('wasm');
  await expect(candidates.filter({ hasText: 'cuda' })).toContainText('Unavailable');
  await page.keyboard.press('Escape');
  await expect(candidates).toHaveCount(0);
  await expect(badge).toBeFocused();
});

test('a benchmark started from the UI shows live progress, succeeds and draws its metric chart', async ({
  page,
}) => {
  await page.goto('/');
  const row = await startBenchmark(page, 3);
  await expect(row).toBeVisible();

  // While it runs, its progress bar moves above 0 …
  await expect
    .poll(
      async () => {
        const { status, value } = await statusAndProgress(row);
        return status === 'running' && value > 0 ? 'running and advanced' : `${status} at ${value}`;
      },
      { timeout: 60_000, intervals: [100] },
    )
    .toBe('running and advanced');
  // … and it ends succeeded at 100 %.
  await expect(row).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(row.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  // The live GFLOP/s chart drew a line from the job.metric events.
  const chart = row.getByTestId('metric-chart');
  await expect(chart).toContainText('gflops');
  const line = chart.locator('svg path.recharts-line-curve');
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute('d', /^M[\d.,\-\s]+[LC]/);
  await expect(row.getByText('Average speed')).toBeVisible();

  // After a reload the finished job's chart comes from its stored metric events.
  await page.reload();
  const reloaded = page.locator(
    `[data-testid="job-row"][data-job-id="${await row.getAttribute('data-job-id')}"]`,
  );
  await expect(reloaded).toHaveAttribute('data-status', 'succeeded');
  await reloaded.getByRole('button', { name: 'Details' }).click();
  await expect(reloaded.locator('svg path.recharts-line-curve')).toHaveCount(1);
});

test('a long benchmark is cancelled from the UI', async ({ page }) => {
  await page.goto('/');
  const row = await startBenchmark(page, 30);
  await expect(row).toHaveAttribute('data-status', 'running', { timeout: 60_000 });
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toHaveAttribute('data-status', 'cancelled', { timeout: 10_000 });
  await expect(row.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(row).toContainText('Cancelled');
});

test('the notifications area opens, is empty at first and closes with Escape', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Notifications' });
  await button.click();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 2 })).toBeVisible();
  await expect(page.getByText('Nothing to report.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Notifications', level: 2 })).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('alerts and failed jobs arrive as notifications: announced, counted, marked read and cleared', async ({
  page,
}) => {
  // Forward the real event stream, and keep a handle to push engine events the way the server does.
  let push: (event: unknown) => void = () => {};
  await page.routeWebSocket('**/api/events', (ws) => {
    ws.connectToServer();
    push = (event) => ws.send(JSON.stringify(event));
  });
  await page.goto('/');
  await expect(page.getByTestId('backend-badge')).toBeVisible();
  const at = new Date().toISOString();
  const failedJob = {
    id: 'job_e2e_failed',
    kind: 'backend.benchmark',
    params: { seconds: 1, size: 256 },
    status: 'failed',
    progress: 0.4,
    message: 'failed: out of memory',
    etaSeconds: null,
    result: null,
    error: { kind: 'internal', message: 'out of memory' },
    artifactDir: null,
    createdAt: at,
    startedAt: at,
    finishedAt: at,
  };
  // The engine sends a failed job's update and then an alert saying the same: one notification.
  push({ type: 'job.updated', job: failedJob });
  push({
    type: 'alert',
    id: 'alert_e2e_1',
    severity: 'warning',
    title: 'Job failed: backend.benchmark',
    message: 'out of memory',
    at,
  });
  push({
    type: 'alert',
    id: 'alert_e2e_2',
    severity: 'critical',
    title: 'Drift detected',
    message: 'age',
    at,
  });

  await expect(page.locator('[data-testid="job-row"][data-job-id="job_e2e_failed"]')).toHaveAttribute(
    'data-status',
    'failed',
  );
  const live = page.locator('[aria-live="polite"]');
  await expect(live).toContainText('Drift detected');
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await expect(bell.getByTestId('unread-count')).toHaveText('2 unread');

  await bell.click();
  const items = page.locator('.notification-list > li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Critical');
  await expect(items.nth(0)).toContainText('Drift detected');
  await expect(items.nth(1)).toContainText('Warning');
  await expect(items.nth(1)).toContainText('out of memory');

  await items.nth(1).getByRole('button', { name: 'Mark read' }).click();
  await expect(bell.getByTestId('unread-count')).toHaveText('1 unread');
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell.getByTestId('unread-count')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(items).toHaveCount(0);
  await expect(page.getByText('Nothing to report.')).toBeVisible();
});

test('the dark theme applies at once and persists in the workspace settings across a reload', async ({
  page,
}) => {
  await page.goto('/');
  const html = page.locator('html');
  const themes = page.getByRole('group', { name: 'Theme' });
  await expect(themes.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'true');

  const [saved] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/commands/settings.set')),
    themes.getByRole('button', { name: 'Dark' }).click(),
  ]);
  expect(saved.ok()).toBe(true);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(themes.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');

  const settings = await page.request.post('/api/commands/settings.get', { data: {} });
  expect(await settings.json()).toMatchObject({ ok: true, value: { 'ui.theme': 'dark' } });

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(
    page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }),
  ).toHaveAttribute('aria-pressed', 'true');

  // Back to following the system (light in this browser).
  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'System' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).toHaveAttribute('data-theme-choice', 'system');
});

test('malformed or unknown commands over HTTP answer typed errors', async ({ page }) => {
  await page.goto('/');
  const unknown = await page.request.post('/api/commands/nope', { data: {} });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ ok: false, error: { kind: 'unknown_command' } });

  const invalid = await page.request.post('/api/commands/jobs.start', { data: { kind: 'nope' } });
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
});
