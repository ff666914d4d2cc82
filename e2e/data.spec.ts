import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { datasetPath } from '../src/main/engine/test-support/datasets';
import { ARM_LABEL_TIMER, DROP_FILE, frameSummary, LABEL_TIMER_RESULT, SCROLL_FRAME_TIMES } from './in-page';
import { type ServeUi, startServeUi } from './serve-ui';

/**
 * The Data step in a real browser against a real engine: import the Adult CSV through the UI,
 * browse its rows, read its profile and quality report, fix it, apply a recipe, split it, label
 * rows with the keyboard and accept labels in bulk. Expected numbers come from the CSV itself
 * (read here, or counted with awk/sort), never from the engine.
 */

const ADULT = datasetPath('adult_train.csv');

/** The CSV's data rows, split on commas (Adult has no quoted fields). */
function adultRows(): string[][] {
  if (!existsSync(ADULT)) {
    throw new Error(
      `${ADULT} is missing: the Data e2e tests import the UCI Adult training file from resources/datasets (see its README).`,
    );
  }
  return readFileSync(ADULT, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

const ROWS = adultRows();
const count = (pred: (r: string[]) => boolean) => ROWS.filter(pred).length;
const en = (n: number) => n.toLocaleString('en-US');
// 32,561 rows, 15 columns; `?` marks missing values (README of the datasets).
const TOTAL = ROWS.length;
const UNIQUE = new Set(ROWS.map((r) => r.join(','))).size; // 32,537: 24 exact repeats (sort | uniq -d)
const MISSING = { workclass: count((r) => r[1] === '?'), occupation: count((r) => r[6] === '?') };

/** A browser-mode server of its own, so this file starts from an empty workspace whatever ran before. */
const test = base.extend<Record<never, never>, { dataServer: ServeUi }>({
  dataServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServeUi();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ dataServer }, use) => {
    await use(dataServer.url);
  },
});

const view = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Dataset views' }).getByRole('tab', { name, exact: true });

async function openData(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: 'Data', exact: true })).toHaveAttribute('aria-selected', 'true');
}

async function currentVersionId(page: Page): Promise<string> {
  const list = await page.request.post('/api/commands/data.list', { data: {} });
  const datasets = (await list.json()) as {
    value: { name: string; versions: { id: string; number: number }[] }[];
  };
  const adult = datasets.value.find((d) => d.name === 'adult_train');
  const newest = adult?.versions.reduce((a, v) => (v.number > a.number ? v : a));
  return newest?.id ?? '';
}

function finding(page: Page, check: string, text: string | RegExp): Locator {
  return page.locator(`[data-testid="finding"][data-check="${check}"]`).filter({ hasText: text });
}

test.describe
  .serial('the Adult workflow', () => {
    test('imports the Adult CSV uploaded through the UI, as a job, and opens it', async ({ page }) => {
      expect([TOTAL, UNIQUE, MISSING.workclass]).toEqual([32561, 32537, 1836]);
      await openData(page);
      const panel = page.getByRole('tabpanel').first();
      await expect(panel.getByRole('heading', { name: 'No datasets yet' })).toBeVisible();

      // A malformed file: the engine's message (naming the line) shows in the form.
      const bad = join(tmpdir(), `ragged-${Date.now()}.csv`);
      writeFileSync(bad, 'a,b\n1,2\n3,4,5\n');
      await page.getByLabel('Choose a file to import').setInputFiles(bad);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByTestId('import-error')).toContainText(
        'line 3 has 3 fields but the header has 2',
      );
      await page.getByRole('button', { name: 'Choose another file' }).click();

      await page.getByLabel('Choose a file to import').setInputFiles(ADULT);
      await expect(page.getByRole('heading', { name: 'Import adult_train.csv' })).toBeVisible();
      await expect(page.getByLabel('Dataset name')).toHaveValue('adult_train');
      await page.getByLabel('Target column (optional)').fill('income');
      await page.getByRole('button', { name: 'Import', exact: true }).click();

      await expect(page.getByTestId('version-title')).toHaveText('adult_train · v1', { timeout: 60_000 });
      await expect(page.getByTestId('version-rows')).toHaveText(`${en(TOTAL)} rows`);
      await expect(page.getByTestId('version-columns')).toHaveText('15 columns');
      await expect(page.getByTestId('version-stats')).toContainText('target income (binary)');
      const imports = page.locator('[data-testid="job-row"]').filter({ hasText: 'Import data' });
      await expect(imports.and(page.locator('[data-status="succeeded"]'))).toHaveCount(1);
      await expect(imports.and(page.locator('[data-status="failed"]'))).toHaveCount(1);
    });

    test('the table shows the first rows and scrolls to the end of 32,561 rows', async ({ page }) => {
      await openData(page);
      const scroller = page.getByTestId('rows-scroller');
      const table = scroller.getByRole('table');
      await expect(table).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
      await expect(table.getByRole('columnheader')).toHaveCount(16);
      await expect(table.getByRole('columnheader').nth(1)).toHaveText(/^age\s*int/);
      await expect(table.getByRole('columnheader').nth(2)).toHaveText(/^workclass\s*cat/);

      const first = table.locator('[role="row"][aria-rowindex="2"]');
      await expect(first.getByRole('rowheader')).toHaveText('1');
      await expect(first.getByRole('cell').nth(0)).toHaveText(ROWS[0]?.[0] ?? '');
      await expect(first.getByRole('cell').nth(1)).toHaveText('State-gov');
      await expect(first.getByRole('cell').nth(14)).toHaveText(ROWS[0]?.[14] ?? '');

      // Far down: row 32,000 (scrolled to), then the last row (End key on the focused table).
      await scroller.evaluate((el) => {
        el.scrollTop = 31_999 * 28;
      });
      const far = table.locator('[role="row"][aria-rowindex="32001"]');
      await expect(far.getByRole('rowheader')).toHaveText('32,000');
      const expected = ROWS[31_999] ?? [];
      await expect(far.getByRole('cell').nth(0)).toHaveText(expected[0] ?? '');
      await expect(far.getByRole('cell').nth(1)).toHaveText(expected[1] ?? '');
      await expect(far.getByRole('cell').nth(6)).toHaveText(expected[6] ?? '');

      await scroller.focus();
      await page.keyboard.press('End');
      const last = table.locator(`[role="row"][aria-rowindex="${TOTAL + 1}"]`);
      await expect(last.getByRole('rowheader')).toHaveText(en(TOTAL));
      await expect(last.getByRole('cell').nth(1)).toHaveText(ROWS[TOTAL - 1]?.[1] ?? '');
      await page.keyboard.press('Home');
      await expect(first.getByRole('cell').nth(1)).toHaveText('State-gov');
    });

    test('profiles show missing counts, a histogram and the target distribution', async ({ page }) => {
      await openData(page);
      await view(page, 'Profile').click();
      const workclass = page.getByTestId('profile-workclass');
      await expect(workclass.getByTestId('stat-missing')).toHaveText(`${en(MISSING.workclass)} (5.6 %)`, {
        timeout: 60_000,
      });
      const age = page.getByTestId('profile-age');
      await expect(age.getByTestId('histogram')).toBeVisible();
      await expect.poll(() => age.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(5);
      await expect(
        workclass.getByTestId('categories').locator('.recharts-bar-rectangle path').first(),
      ).toBeVisible();
      const target = page.getByTestId('target-distribution');
      const low = count((r) => r[14] === '<=50K');
      await expect(target).toContainText(`<=50K ${en(low)}`);
      await expect(target).toContainText(`>50K ${en(TOTAL - low)}`);
    });

    test('the quality report lists duplicates and missing values; Fix makes v2 without the duplicates', async ({
      page,
    }) => {
      await openData(page);
      await view(page, 'Quality').click();
      const dup = finding(page, 'duplicate_rows', `${TOTAL - UNIQUE} duplicate rows`);
      await expect(dup).toHaveCount(1, { timeout: 60_000 });
      await expect(finding(page, 'high_missing', 'workclass')).toContainText(en(MISSING.workclass));
      await expect(finding(page, 'high_missing', 'occupation')).toContainText(en(MISSING.occupation));
      await expect(page.locator('.quality-passed')).toContainText('Constant columns');
      // Without a split, the split-based check says it did not run, and why.
      await expect(page.locator('.quality-skipped')).toContainText('Categories unseen in train');
      await expect(page.locator('.quality-skipped')).toContainText('no train / validation / test split yet');

      await dup.getByRole('button', { name: 'Drop duplicate rows' }).click();
      await expect(page.getByTestId('version-title')).toHaveText('adult_train · v2', { timeout: 60_000 });
      await expect(page.getByTestId('version-rows')).toHaveText(`${en(UNIQUE)} rows`);
      await expect(page.getByTestId('version-2')).toContainText(en(UNIQUE));
      await expect(page.getByTestId('version-2')).toContainText('fix: 24 duplicate rows');
      await expect(page.getByTestId('lineage')).toContainText('made from v1 by 1 step');
      await expect(page.getByTestId('lineage')).toContainText('drop duplicate rows (comparing all columns)');

      // v2's own report no longer has duplicates; its workclass fix goes to the recipe draft.
      await expect(finding(page, 'high_missing', 'workclass')).toHaveCount(1, { timeout: 60_000 });
      await expect(page.locator('[data-testid="finding"][data-check="duplicate_rows"]')).toHaveCount(0);
      await finding(page, 'high_missing', 'workclass').getByRole('button', { name: 'Add to recipe' }).click();
      await expect(finding(page, 'high_missing', 'workclass')).toContainText('Added 1 step to the recipe.');
    });

    test('the recipe editor shows the engine’s step error, then applies the steps as v3', async ({
      page,
    }) => {
      await openData(page);
      await expect(page.getByTestId('version-title')).toHaveText('adult_train · v2');
      // The draft from "Add to recipe" is in this page's memory only after the click; build it again here.
      await view(page, 'Recipe').click();
      const steps = page.getByTestId('recipe-step');
      await expect(steps).toHaveCount(0);
      const stepToAdd = page.getByLabel('Step to add');

      // Step 1: fill workclass with its mode.
      await stepToAdd.selectOption({ label: 'Fill missing values' });
      await page.getByRole('button', { name: 'Add step' }).click();
      const s1 = steps.nth(0);
      await s1.getByRole('checkbox', { name: 'age', exact: true }).uncheck();
      await s1.getByRole('checkbox', { name: 'workclass', exact: true }).check();
      await expect(s1.getByLabel('Fill with')).toHaveValue('mode');
      await expect(s1).toContainText('impute workclass with mode');

      // Step 2: a rename onto an existing name, which the engine refuses, naming the step.
      await stepToAdd.selectOption({ label: 'Rename a column' });
      await page.getByRole('button', { name: 'Add step' }).click();
      const s2 = steps.nth(1);
      await s2.getByLabel('New name').fill('fnlwgt');
      await page.getByRole('button', { name: 'Apply to v2' }).click();
      await expect(s2.getByRole('alert')).toContainText('Step 2: a column named "fnlwgt" already exists');

      // Remove it; add a dedup and occupation's fill, move the fill up, drop the dedup again.
      await s2.getByRole('button', { name: 'Remove step 2' }).click();
      await expect(steps).toHaveCount(1);
      await stepToAdd.selectOption({ label: 'Drop duplicate rows' });
      await page.getByRole('button', { name: 'Add step' }).click();
      await stepToAdd.selectOption({ label: 'Fill missing values' });
      await page.getByRole('button', { name: 'Add step' }).click();
      const s3 = steps.nth(2);
      await s3.getByRole('checkbox', { name: 'age', exact: true }).uncheck();
      await s3.getByRole('checkbox', { name: 'occupation', exact: true }).check();
      await s3.getByRole('button', { name: 'Move step 3 up' }).click();
      await expect(steps.nth(1)).toContainText('impute occupation with mode');
      await expect(steps.nth(2)).toContainText('drop duplicate rows');
      await steps.nth(2).getByRole('button', { name: 'Remove step 3' }).click();
      await expect(steps).toHaveCount(2);

      await page.getByLabel('Note for the new version').fill('fill workclass and occupation');
      await page.getByRole('button', { name: 'Apply to v2' }).click();
      await expect(page.getByTestId('version-title')).toHaveText('adult_train · v3', { timeout: 60_000 });
      await expect(page.getByTestId('version-rows')).toHaveText(`${en(UNIQUE)} rows`);
      await expect(page.getByTestId('lineage')).toContainText('impute workclass with mode');
      await expect(page.getByTestId('lineage')).toContainText('impute occupation with mode');
      await expect(steps).toHaveCount(0);

      await view(page, 'Columns').click();
      await expect(page.locator('tr[data-column="workclass"] td.num')).toHaveText(/^0 /);
      await expect(page.locator('tr[data-column="occupation"] td.num')).toHaveText(/^0 /);
    });

    test('a stratified split shows its counts', async ({ page }) => {
      await openData(page);
      await view(page, 'Split').click();
      await expect(page.getByRole('radio', { name: /Stratified/ })).toBeChecked();
      await page.getByRole('button', { name: 'Split', exact: true }).click();
      const counts = page.getByTestId('split-counts');
      await expect(counts).toBeVisible({ timeout: 60_000 });
      const n = async (part: string) =>
        Number((await counts.getByTestId(`split-${part}`).textContent())?.replace(/,/g, ''));
      const [train, validation, test] = [await n('train'), await n('validation'), await n('test')];
      expect(train + validation + test).toBe(UNIQUE);
      // 70 / 15 / 15 within each class: at most a row or two of rounding per part.
      expect(Math.abs(train - UNIQUE * 0.7)).toBeLessThanOrEqual(2);
      expect(Math.abs(validation - UNIQUE * 0.15)).toBeLessThanOrEqual(2);
      expect(Math.abs(test - UNIQUE * 0.15)).toBeLessThanOrEqual(2);
      await expect(page.getByTestId('version-stats')).toContainText(
        `split ${en(train)} / ${en(validation)} / ${en(test)}`,
      );
    });

    test('labeling with the keyboard: label, skip, undo; bulk accept; settle a disagreement', async ({
      page,
    }) => {
      await openData(page);
      await view(page, 'Labeling').click();

      // No label set yet: classes are suggested from the target.
      await expect(page.getByRole('heading', { name: 'Create a label set' })).toBeVisible();
      const classes = page.getByRole('list', { name: 'Classes' }).getByRole('listitem');
      await expect(classes).toHaveCount(2, { timeout: 60_000 });
      await expect(classes.nth(0).getByLabel('Class 1 name')).toHaveValue('<=50K');
      await expect(classes.nth(0).getByLabel('Key')).toHaveValue('1');
      await expect(classes.nth(1).getByLabel('Class 2 name')).toHaveValue('>50K');
      await expect(classes.nth(1).getByLabel('Key')).toHaveValue('2');
      await page.getByRole('button', { name: 'Save label set' }).click();

      await page.getByLabel('Annotator').fill('ana');
      await page.getByRole('button', { name: 'Start labeling' }).click();
      const session = page.getByTestId('labeling-session');
      const progress = page.getByTestId('label-progress');
      const rowId = page.getByTestId('queue-row-id');
      await expect(progress).toHaveText(`0 / ${en(UNIQUE)}`);
      await expect(session).toBeFocused();

      // Row 1 gets the class its income is not (so it disagrees with the bulk labels later).
      const r1 = (await rowId.textContent()) ?? '';
      const income1 = (await page.getByTestId('queue-value-income').textContent()) ?? '';
      expect(['<=50K', '>50K']).toContain(income1);
      const [keyFor1, keyFor2] = income1 === '<=50K' ? ['2', '1'] : ['1', '2'];
      const label1 = keyFor1 === '1' ? '<=50K' : '>50K';

      // Time one label → next row on screen (printed, not asserted).
      await page.evaluate(ARM_LABEL_TIMER);
      await page.keyboard.press(keyFor1);
      const ms = (await page.evaluate(LABEL_TIMER_RESULT)) as number;
      console.log(`label → next row rendered: ${ms.toFixed(1)} ms (${en(UNIQUE)} rows)`);
      await expect(progress).toHaveText(`1 / ${en(UNIQUE)}`);
      await expect(rowId).not.toHaveText(r1);

      const r2 = (await rowId.textContent()) ?? '';
      await page.keyboard.press(keyFor2);
      await expect(progress).toHaveText(`2 / ${en(UNIQUE)}`);
      const r3 = (await rowId.textContent()) ?? '';
      expect(new Set([r1, r2, r3]).size).toBe(3);

      await page.keyboard.press('s');
      await expect(rowId).not.toHaveText(r3);
      await expect(session).toContainText('1 skipped');
      await expect(progress).toHaveText(`2 / ${en(UNIQUE)}`);

      await page.keyboard.press('z');
      await expect(progress).toHaveText(`1 / ${en(UNIQUE)}`);
      await expect(rowId).toHaveText(r2);
      await expect(session).toContainText(`Undid the label of row ${r2}`);

      const stats = page.getByTestId('label-stats');
      await expect(stats.getByTestId('stats-labeled')).toHaveText('1');

      // Bulk-accept the income column: every row gets a label from "import:income".
      await page.getByRole('button', { name: 'Accept labels from income' }).click();
      await expect(
        page.getByText(`Accepted ${en(UNIQUE)} labels from income as “import:income”.`),
      ).toBeVisible();
      await expect(stats.getByTestId('stats-labeled')).toHaveText(en(UNIQUE));
      await expect(stats.locator('tr[data-annotator="import:income"]')).toContainText(en(UNIQUE));
      await expect(stats.locator('tr[data-annotator="ana"]')).toContainText('1');
      // One shared row, labeled differently: κ = 0 and one disagreement.
      await expect(stats.getByTestId('stats-kappa')).toContainText('κ = 0');
      await expect(stats.getByTestId('stats-disagreements')).toHaveText('1');
      const history = await page.request.post('/api/commands/labels.history', {
        data: { versionId: await currentVersionId(page), rowId: Number(r1) },
      });
      const records = (
        (await history.json()) as { value: { label: string; annotator: string; state: string }[] }
      ).value;
      expect(records.filter((h) => h.state === 'current').map((h) => [h.annotator, h.label])).toEqual([
        ['ana', label1],
        ['import:income', income1],
      ]);

      // Uncertainty orders need a model's scores; until one exists the engine says so.
      await page.getByLabel('Queue order').selectOption({ label: 'Most uncertain (entropy)' });
      await expect(page.getByTestId('labeling-error')).toContainText('No model has scored this dataset yet');
    });

    test('compares v1 with v3 and exports v3 with its labels', async ({ page }) => {
      await openData(page);
      await view(page, 'Compare').click();
      await page.getByLabel('From', { exact: true }).selectOption({ label: `v1 · ${en(TOTAL)} rows` });
      await page.getByLabel('To', { exact: true }).selectOption({ label: `v3 · ${en(UNIQUE)} rows` });
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await expect(page.getByTestId('compare-rows')).toHaveText(`Rows: ${en(TOTAL)} → ${en(UNIQUE)} (−24)`, {
        timeout: 60_000,
      });
      await expect(page.locator('.comparison tr[data-column="workclass"] td').first()).toHaveText(
        `${en(MISSING.workclass)} → 0`,
      );

      await page.getByRole('button', { name: 'Export CSV…' }).click();
      const path = await page.getByLabel('Write v3 as CSV to').inputValue();
      expect(path).toMatch(/adult_train-v3\.csv$/);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: `Wrote ${en(UNIQUE)} rows` })).toContainText(
        path,
        {
          timeout: 60_000,
        },
      );
      const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
      expect(lines).toHaveLength(UNIQUE + 1);
      const header = lines[0]?.split(',') ?? [];
      expect(header.at(-1)).toBe('label');
      // Every row carries the income label accepted in bulk (one row's label is disputed).
      const income = header.indexOf('income');
      const same = lines.slice(1).filter((l) => {
        const cells = l.split(',');
        return cells[income] === cells[cells.length - 1];
      }).length;
      expect(same).toBeGreaterThanOrEqual(UNIQUE - 1);
    });

    test('a disagreement is settled by a reviewer', async ({ page }) => {
      await openData(page);
      await view(page, 'Labeling').click();
      // A lead who labeled none of these rows settles them.
      await page.getByRole('textbox', { name: 'Annotator' }).fill('lead');
      await page.getByRole('button', { name: 'Start labeling' }).click();
      const stats = page.getByTestId('label-stats');
      await expect(stats.getByTestId('stats-disagreements')).toHaveText('1');
      await page.getByRole('button', { name: 'Review disagreements' }).click();
      const disagreement = page.locator('.disagreement');
      await expect(disagreement).toHaveCount(1);
      const rowId = (await disagreement.getAttribute('data-row-id')) ?? '';
      await expect(disagreement).toContainText('by ana');
      await expect(disagreement).toContainText('by import:income');
      // The income value is what import:income said; settle the row with it.
      const income =
        (await disagreement.locator('.class-chip').filter({ hasText: 'by import:income' }).textContent()) ??
        '';
      const label = income.includes('>50K') ? '>50K' : '<=50K';
      await disagreement.getByRole('button', { name: label, exact: true }).click();
      await expect(page.getByText('No rows where annotators disagree.')).toBeVisible();
      await expect(stats.getByTestId('stats-disagreements')).toHaveText('0');
      const history = await page.request.post('/api/commands/labels.history', {
        data: { versionId: await currentVersionId(page), rowId: Number(rowId) },
      });
      const body = (await history.json()) as {
        value: { label: string; annotator: string; resolution: boolean }[];
      };
      expect(body.value.filter((h) => h.resolution)).toEqual([
        expect.objectContaining({ label, annotator: 'lead' }),
      ]);
    });
  });

/** Import a file through the HTTP API (not the UI) and wait for its job; for tests about other things. */
async function importViaApi(page: Page, file: string, target?: string): Promise<void> {
  const started = await page.request.post('/api/commands/data.import', { data: { path: file, target } });
  const job = ((await started.json()) as { value: { id: string } }).value;
  await expect
    .poll(
      async () => {
        const res = await page.request.post('/api/commands/jobs.get', { data: { id: job.id } });
        return ((await res.json()) as { value: { status: string } }).value.status;
      },
      { timeout: 60_000 },
    )
    .toBe('succeeded');
}

const IRIS = datasetPath('iris.csv');

/** A synthetic million-row CSV whose every cell follows from its row index (so tests can check any row). */
const COLORS = ['red', 'green', 'blue', 'amber', 'violet'];
const millionRow = (i: number) => [
  String(i),
  String(((i * 7919) % 1000) / 10),
  COLORS[i % 5] ?? '',
  `row number ${i} of the big file`,
  i % 3 === 0 ? 'yes' : 'no',
];
function writeMillionCsv(): string {
  const file = join(tmpdir(), `million-${Date.now()}.csv`);
  const lines = ['id,x,color,note,label'];
  for (let i = 0; i < 1_000_000; i++) lines.push(millionRow(i).join(','));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

test.describe('with other datasets', () => {
  test('the Data step moves from ready to in progress to done, and then Train opens', async ({ page }) => {
    // A workspace of its own: the other tests' datasets would decide the state here.
    const own = await startServeUi();
    try {
      const api = async (name: string, input: unknown) => {
        const res = await page.request.post(`${own.url}api/commands/${name}`, { data: input });
        const body = (await res.json()) as { ok: boolean; value: { id: string; status: string } };
        expect(body.ok).toBe(true);
        return body.value;
      };
      const settle = async (jobId: string) =>
        expect
          .poll(async () => (await api('jobs.get', { id: jobId })).status, { timeout: 60_000 })
          .toBe('succeeded');
      await page.goto(own.url);
      const data = page.getByRole('tab', { name: 'Data', exact: true });
      const train = page.getByRole('tab', { name: 'Train', exact: true });
      await expect(data).toHaveAccessibleDescription('Ready');
      await expect(train).toHaveAccessibleDescription('Blocked');
      await settle((await api('data.import', { path: IRIS, target: 'class' })).id);
      await page.reload();
      await expect(data).toHaveAccessibleDescription('In progress');
      await settle((await api('data.split', { versionId: 'iris', spec: { method: 'stratified' } })).id);
      await page.reload();
      await expect(data).toHaveAccessibleDescription('Done');
      await expect(train).toHaveAccessibleDescription('Ready');
    } finally {
      await own.stop();
    }
  });

  test('a file dropped on the import panel is uploaded and imported', async ({ page }) => {
    await openData(page);
    // The import panel shows by itself when there is no dataset yet, else behind "Import data…":
    // wait until the page has decided, then open it if needed.
    const open = page.getByRole('button', { name: 'Import data…' });
    const zone = page.getByTestId('drop-zone');
    await expect(open.or(zone).first()).toBeVisible();
    if (!(await zone.isVisible())) await open.click();
    await expect(zone).toBeVisible();
    await page.evaluate(DROP_FILE('dropped-iris.csv', readFileSync(IRIS, 'utf8')));
    await expect(page.getByRole('heading', { name: 'Import dropped-iris.csv' })).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('version-title')).toHaveText('dropped-iris · v1', { timeout: 60_000 });
    const rows = readFileSync(IRIS, 'utf8').trim().split('\n');
    await expect(page.getByTestId('version-rows')).toHaveText(`${rows.length - 1} rows`);
    await expect(page.getByTestId('version-columns')).toHaveText(`${rows[0]?.split(',').length} columns`);
  });

  test('deleting a dataset asks first, then removes it', async ({ page }) => {
    await importViaApi(page, IRIS);
    await openData(page);
    await expect(page.getByTestId('version-title')).toHaveText(/^iris · v1$/);
    const before = await page.locator('.dataset-item').count();
    await page.getByRole('button', { name: 'Delete dataset…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete “iris”?' });
    await expect(dialog).toContainText('1 version,');
    await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Delete dataset' }).click();
    await expect(page.locator('.dataset-item')).toHaveCount(before - 1);
    const list = await page.request.post('/api/commands/data.list', { data: {} });
    const names = ((await list.json()) as { value: { id: string; name: string }[] }).value;
    expect(names.length).toBe(before - 1);
  });

  test('a million rows: the table scrolls to any row, and labeling shows the next row at once', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const file = writeMillionCsv();
    await page.goto('/');
    await importViaApi(page, file, 'label');
    rmSync(file, { force: true }); // imported: the workspace has its own copy of the data
    await openData(page);
    await expect(page.getByTestId('version-title')).toHaveText(/^million-\d+ · v1$/);
    await expect(page.getByTestId('version-rows')).toHaveText('1,000,000 rows');
    const scroller = page.getByTestId('rows-scroller');
    const table = scroller.getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '1000001');
    const cells = (row: Locator) => row.getByRole('cell');

    // The last row, by keyboard.
    await scroller.focus();
    await page.keyboard.press('End');
    const last = table.locator('[role="row"][aria-rowindex="1000001"]');
    await expect(last.getByRole('rowheader')).toHaveText('1,000,000');
    for (const [c, value] of millionRow(999_999).entries())
      await expect(cells(last).nth(c)).toHaveText(value);

    // Half way down the (height-capped) scroll range, the rows drawn are the ones their numbers say.
    await scroller.evaluate((el) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    });
    const middle = table.locator('[role="row"][aria-rowindex]:not([aria-busy])').nth(10);
    await expect(middle).toBeVisible();
    await expect(middle.getByRole('rowheader')).toHaveText(/^\d{3},\d{3}$/);
    const index = Number(((await middle.getByRole('rowheader').textContent()) ?? '').replace(/,/g, '')) - 1;
    expect(index).toBeGreaterThan(490_000);
    expect(index).toBeLessThan(510_000);
    for (const [c, value] of millionRow(index).entries())
      await expect(cells(middle).nth(c)).toHaveText(value);

    // Frame times while scrolling (printed, not asserted; Playwright's tracing slows the page meanwhile):
    // 40 px a frame, then jumps of ~8,300 rows a frame.
    const smooth = (await page.evaluate(SCROLL_FRAME_TIMES(40, 120))) as number[];
    const jumps = (await page.evaluate(SCROLL_FRAME_TIMES('spread', 120))) as number[];
    console.log(`1M-row table, frame times scrolling 40 px/frame: ${frameSummary(smooth)}`);
    console.log(`1M-row table, frame times jumping ~8,300 rows/frame: ${frameSummary(jumps)}`);

    // Labeling: a label set from the target's values, then label → next row timings.
    await view(page, 'Labeling').click();
    const classes = page.getByRole('list', { name: 'Classes' }).getByRole('listitem');
    await expect(classes).toHaveCount(2, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Save label set' }).click();
    await page.getByRole('textbox', { name: 'Annotator' }).fill('bo');
    await page.getByRole('button', { name: 'Start labeling' }).click();
    const progress = page.getByTestId('label-progress');
    await expect(progress).toHaveText('0 / 1,000,000');
    const timings: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = (await page.getByTestId('queue-row-id').textContent()) ?? '';
      await page.evaluate(ARM_LABEL_TIMER);
      await page.keyboard.press(i % 2 === 0 ? '1' : '2');
      timings.push((await page.evaluate(LABEL_TIMER_RESULT)) as number);
      await expect(page.getByTestId('queue-row-id')).not.toHaveText(before);
      // The row shown is the one its values say (id = row index = row id at import).
      const shownId = (await page.getByTestId('queue-row-id').textContent()) ?? '';
      await expect(page.getByTestId('queue-value-color')).toHaveText(millionRow(Number(shownId))[2] ?? '');
    }
    await expect(progress).toHaveText('8 / 1,000,000');
    console.log(
      `1M rows, label → next row rendered: ${timings.map((t) => t.toFixed(1)).join(', ')} ms (median ${[...timings].sort((a, b) => a - b)[4]?.toFixed(1)} ms)`,
    );
  });
});
