import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { datasetPath } from '../src/main/engine/test-support/datasets';
import { api, type Job, settle } from './engine-api';
import { type ServeUi, startServeUi } from './serve-ui';

/**
 * The Train step in a real browser against a real engine: a run's curves grow live as it trains,
 * a finished run redraws them after a reload, a stopped run resumes from the epoch it reached, and
 * a small tuning fills its trial table. Expected numbers come from the CSV (the majority class) or
 * from the engine's own records (epoch counts, metrics), never from timing.
 */

const WDBC = datasetPath('breast_cancer_wdbc.csv');

/** The WDBC rows (569) and the share of its majority class (357 benign): a model must beat it. */
const WDBC_ROWS = readFileSync(WDBC, 'utf8').trim().split('\n').slice(1);
const MAJORITY = WDBC_ROWS.filter((r) => r.split(',')[1] === 'B').length / WDBC_ROWS.length;

/** A browser-mode server of its own, so the file starts from an empty workspace. */
const test = base.extend<Record<never, never>, { trainServer: ServeUi }>({
  trainServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServeUi();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ trainServer }, use) => {
    await use(trainServer.url);
  },
});

interface Epoch {
  epoch: number;
  valMetric: number | null;
}
interface Run {
  id: string;
  status: string;
  epochsDone: number;
  jobId: string;
  metrics: Record<string, number> | null;
  modelName: string | null;
  modelVersion: number | null;
  epochs: Epoch[];
}

const getRun = (page: Page, runId: string) => api<Run>(page, 'runs.get', { runId });

/** Four significant digits, as the Train step prints metrics. */
const fmt = (v: number) => String(Number(v.toPrecision(4)));

/** What the live run view shows at one instant (read in one go, so the numbers belong together). */
interface Snapshot {
  runId: string;
  status: string;
  points: number;
  epochs: number;
  /** Vertices of the drawn train-loss (per epoch) line. */
  drawnEpochs: number;
  throughput: string;
  eta: string;
}

const SNAPSHOT = `(() => {
  const view = document.querySelector('[data-testid="run-view"]');
  const chart = document.querySelector('[data-testid="loss-chart"]');
  const d = chart?.querySelector('.curve-loss path.recharts-curve')?.getAttribute('d') ?? '';
  const vertices = d.match(/[ML]/g) ?? [];
  return {
    runId: view?.getAttribute('data-run-id') ?? '',
    status: view?.getAttribute('data-status') ?? '',
    points: Number(chart?.getAttribute('data-points') ?? 0),
    epochs: Number(chart?.getAttribute('data-epochs') ?? 0),
    drawnEpochs: vertices.length,
    throughput: document.querySelector('[data-testid="run-throughput"]')?.textContent ?? '',
    eta: document.querySelector('[data-testid="run-eta"]')?.textContent ?? '',
  };
})()`;

const snapshot = (page: Page) => page.evaluate<Snapshot>(SNAPSHOT);

async function openTrain(page: Page): Promise<void> {
  await page.goto('/#/train');
  await expect(page.getByRole('tab', { name: 'Train', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

/** Set the form for a run on WDBC that lasts a while: batches of 8, no early stopping. */
async function fillRun(page: Page, epochs: number): Promise<void> {
  await page.getByLabel('Epochs', { exact: true }).fill(String(epochs));
  await page.getByLabel('Batch size').fill('8');
  await page.getByLabel('Stop early when validation stops improving').uncheck();
}

test.describe
  .serial('training on the breast cancer data', () => {
    let versionId = '';

    test('says what to do first: import data, then set its target', async ({ page }) => {
      await openTrain(page);
      const panel = page.getByRole('tabpanel').first();
      await expect(panel.getByRole('heading', { name: 'No datasets to train on yet' })).toBeVisible();
      await expect(panel.getByTestId('next-action')).toHaveText(/Prepare a dataset first/);

      const job = await api<Job>(page, 'data.import', { path: WDBC });
      versionId = String((await settle(page, job.id)).result?.versionId);
      await openTrain(page);
      await expect(page.getByLabel('Dataset version')).toHaveValue(versionId);
      await expect(page.getByTestId('no-target')).toContainText('no target column yet');
      await page.getByRole('button', { name: 'Set the target in Data' }).click();
      await expect(page.getByRole('tab', { name: 'Data', exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );

      await api(page, 'data.configure', { versionId, target: 'diagnosis', roles: { id: 'excluded' } });
      await openTrain(page);
      await expect(page.getByTestId('version-facts')).toContainText('target diagnosis (binary)');
      await expect(page.getByTestId('version-facts')).toContainText(`${WDBC_ROWS.length} rows · 30 features`);
      await expect(page.getByTestId('train-backend')).toContainText('Trains on');
    });

    test('shows the engine’s complaint next to the field it names', async ({ page }) => {
      await openTrain(page);
      await page.getByLabel('Epochs', { exact: true }).fill('0');
      await page.getByRole('button', { name: 'Start training' }).click();
      await expect(page.getByTestId('train-error')).toContainText('params.epochs');
      const field = page.getByLabel('Epochs', { exact: true });
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(/epochs must be at least 1/);
      expect(await api<Run[]>(page, 'runs.list', {})).toEqual([]);
    });

    test('a run’s curves grow live, with throughput and ETA, and it ends with metrics and a model', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await openTrain(page);
      await fillRun(page, 30);
      await page.getByRole('button', { name: 'Start training' }).click();
      await expect(page.getByTestId('run-view')).toBeVisible();

      // Two moments while it runs, the second with more points on the loss curve than the first.
      const running: Snapshot[] = [];
      await expect
        .poll(
          async () => {
            const s = await snapshot(page);
            if (s.status === 'running' && s.points > 0) running.push(s);
            const first = running[0];
            const last = running[running.length - 1];
            return first && last ? last.points > first.points : false;
          },
          { timeout: 90_000, intervals: [200] },
        )
        .toBe(true);
      expect(running.some((s) => /^[\d,]+ samples\/s$/.test(s.throughput))).toBe(true);
      expect(running.some((s) => /^(about .+|under a second) left$/.test(s.eta))).toBe(true);

      const view = page.getByTestId('run-view');
      await expect(view).toHaveAttribute('data-status', 'succeeded', { timeout: 120_000 });
      const runId = (await view.getAttribute('data-run-id')) ?? '';
      const run = await getRun(page, runId);
      expect(run.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      await expect(page.getByTestId('run-epoch')).toHaveText('30 / 30 epochs');
      await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-epochs', '30');
      await expect(page.getByTestId('main-metric-chart')).toHaveAttribute('data-epochs', '30');

      const accuracy = run.metrics?.accuracy ?? Number.NaN;
      expect(accuracy).toBeGreaterThan(MAJORITY);
      await expect(page.getByTestId('run-val-metrics').locator('[data-metric="accuracy"] dd')).toHaveText(
        fmt(accuracy),
      );
      await expect(page.getByTestId('run-test-metrics')).toContainText('accuracy');
      expect(run.modelName).toBe('breast_cancer_wdbc');
      await expect(page.getByTestId('run-model')).toHaveText(
        `Candidate model: breast_cancer_wdbc version ${run.modelVersion}`,
      );
      await expect(page.getByTestId('model-row')).toHaveCount(1);
      await expect(page.getByTestId('run-row').and(page.locator('[data-status="succeeded"]'))).toHaveCount(1);
    });

    test('after a reload the finished run redraws the same curves', async ({ page }) => {
      await openTrain(page);
      const view = page.getByTestId('run-view');
      await expect(view).toHaveAttribute('data-status', 'succeeded');
      const run = await getRun(page, (await view.getAttribute('data-run-id')) ?? '');
      await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-epochs', String(run.epochsDone));
      await expect(page.getByTestId('main-metric-chart')).toHaveAttribute(
        'data-epochs',
        String(run.epochsDone),
      );
      await expect.poll(async () => (await snapshot(page)).drawnEpochs).toBe(run.epochsDone);
      const best = Math.max(...run.epochs.map((e) => e.valMetric ?? 0));
      await expect(page.getByTestId('run-best')).toHaveText(fmt(run.metrics?.accuracy ?? best));
    });

    test('a stopped run resumes from the epoch it reached and finishes', async ({ page }) => {
      test.setTimeout(240_000);
      await openTrain(page);
      await fillRun(page, 40);
      await page.getByRole('button', { name: 'Start training' }).click();
      const view = page.getByTestId('run-view');
      await expect(view).toHaveAttribute('data-status', 'running', { timeout: 60_000 });
      const runId = (await view.getAttribute('data-run-id')) ?? '';
      await expect
        .poll(async () => Number(await page.getByTestId('loss-chart').getAttribute('data-epochs')), {
          timeout: 90_000,
        })
        .toBeGreaterThanOrEqual(3);
      await view.getByRole('button', { name: 'Stop' }).click();
      await expect(view).toHaveAttribute('data-status', 'cancelled', { timeout: 30_000 });
      await expect
        .poll(async () => (await getRun(page, runId)).status, { timeout: 30_000 })
        .toBe('cancelled');
      const stopped = await getRun(page, runId);
      const reached = stopped.epochsDone;
      expect(reached).toBeGreaterThanOrEqual(3);
      expect(reached).toBeLessThan(40);
      expect(stopped.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: reached }, (_, i) => i + 1));

      await view.getByRole('button', { name: `Resume from epoch ${reached + 1}` }).click();
      await expect(view).toHaveAttribute('data-status', 'running', { timeout: 60_000 });
      // While it runs again, the curve keeps the epochs it had: it never starts over at 1.
      const resumed: Snapshot[] = [];
      await expect
        .poll(
          async () => {
            const s = await snapshot(page);
            if (s.status === 'running') resumed.push(s);
            return s.status;
          },
          { timeout: 180_000, intervals: [250] },
        )
        .toBe('succeeded');
      expect(resumed.length).toBeGreaterThan(0);
      for (const s of resumed) expect(s.epochs).toBeGreaterThanOrEqual(reached);

      const done = await getRun(page, runId);
      expect(done.status).toBe('succeeded');
      expect(done.jobId).not.toBe(stopped.jobId);
      expect(done.epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      // The resumed job's first epoch is the one after the stop.
      const events = await api<{ type: string; payload: { values?: Record<string, number> } }[]>(
        page,
        'jobs.events',
        { id: done.jobId },
      );
      const firstEpoch = events.find((e) => e.type === 'metric' && e.payload.values?.epoch !== undefined);
      expect(firstEpoch?.payload.values?.epoch).toBe(reached + 1);
      await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-epochs', '40');
      await expect(page.getByTestId('run-epoch')).toHaveText('40 / 40 epochs');
    });

    test('runs compare: overlaid curves and a table of parameters and metrics, sortable', async ({
      page,
    }) => {
      await openTrain(page);
      const rows = page.getByTestId('run-row');
      await expect(rows).toHaveCount(2);
      const runs = await api<Run[]>(page, 'runs.list', {});
      for (const r of runs)
        await page.getByRole('checkbox', { name: `Compare run ${r.id.slice(-6)}` }).check();
      const compare = page.getByTestId('compare-view');
      await expect(compare.getByRole('heading', { name: 'Compare 2 runs' })).toBeVisible();
      const table = compare.getByTestId('compare-table');
      await expect(table.locator('tr', { hasText: 'epochs trained' }).locator('td')).toHaveText(
        runs.map((r) => String(r.epochsDone)),
      );
      await expect(table.locator('tr', { has: page.locator('th', { hasText: /^epochs$/ }) })).toContainText(
        '30',
      );
      await expect(compare.getByTestId('compare-loss-chart')).toHaveAttribute('data-epochs', '40');

      // Sort by epochs: the 40-epoch run first, then the other way round.
      const long = runs.find((r) => r.epochsDone === 40)?.id ?? '';
      const short = runs.find((r) => r.epochsDone === 30)?.id ?? '';
      const epochsHeader = page.getByRole('columnheader', { name: 'Epochs', exact: true });
      await epochsHeader.getByRole('button').click();
      await expect(epochsHeader).toHaveAttribute('aria-sort', 'descending');
      await expect(rows.first()).toHaveAttribute('data-run-id', long);
      await epochsHeader.getByRole('button').click();
      await expect(epochsHeader).toHaveAttribute('aria-sort', 'ascending');
      await expect(rows.first()).toHaveAttribute('data-run-id', short);
    });

    test('a small random tuning fills its trial table and picks a best trial', async ({ page }) => {
      test.setTimeout(240_000);
      await openTrain(page);
      await page.getByRole('tab', { name: 'Tune hyperparameters' }).click();
      await expect(page.getByTestId('dimension-row').first()).toBeVisible();
      const defaults = await api<{ path: string }[]>(page, 'tune.defaultSpace', { template: 'mlp' });
      await expect(page.getByTestId('dimension-row')).toHaveCount(defaults.length);
      // WDBC has 398 train rows: batches of the default 128–512 would be most of them; search 16 or 32.
      const batch = page.locator('[data-testid="dimension-row"][data-path="batchSize"]');
      await batch.getByRole('textbox', { name: /choices/ }).fill('16, 32');
      await page.getByLabel('Strategy').selectOption('random');
      await page.getByLabel('Trials', { exact: true }).fill('3');
      await page.getByLabel('Max epochs').fill('3');
      await page.getByRole('button', { name: 'Start tuning' }).click();

      const view = page.getByTestId('tuning-view');
      await expect(view).toBeVisible();
      await expect(page.getByTestId('trial-row')).toHaveCount(3, { timeout: 180_000 });
      await expect(view).toHaveAttribute('data-status', 'succeeded', { timeout: 180_000 });
      const tuningId = (await view.getAttribute('data-tuning-id')) ?? '';
      const tuning = await api<{
        bestRunId: string;
        trials: {
          runId: string;
          metric: number | null;
          epochsDone: number;
          values: Record<string, unknown>;
        }[];
      }>(page, 'tunings.get', { tuningId });
      expect(tuning.trials).toHaveLength(3);
      for (const t of tuning.trials) {
        expect(t.epochsDone).toBe(3);
        expect([16, 32]).toContain(t.values.batchSize);
        const row = page.locator(`[data-testid="trial-row"][data-run-id="${t.runId}"]`);
        await expect(row.getByTestId('trial-metric')).toHaveText(fmt(t.metric ?? Number.NaN));
      }
      const best = Math.max(...tuning.trials.map((t) => t.metric ?? 0));
      expect(tuning.trials.find((t) => t.runId === tuning.bestRunId)?.metric).toBe(best);
      await expect(page.getByTestId('tuning-best')).toHaveAttribute('data-run-id', tuning.bestRunId);
      await expect(page.locator('[data-testid="trial-row"][data-best="true"]')).toHaveAttribute(
        'data-run-id',
        tuning.bestRunId,
      );
      await expect(page.getByTestId('trial-scatter')).toHaveAttribute('data-points', '3');
      const bestRun = await getRun(page, tuning.bestRunId);
      await expect(page.getByTestId('tuning-model')).toHaveText(
        `Candidate model: ${bestRun.modelName} version ${bestRun.modelVersion}`,
      );
    });
  });
