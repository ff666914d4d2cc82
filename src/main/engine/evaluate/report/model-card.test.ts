import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvaluationReport } from '../../../../shared/evaluate.js';
import { BINARY_SLICES, EVIL_CATEGORY } from './fixtures/adult-slices.js';
import { BINARY_REPORT } from './fixtures/binary-report.js';
import { cardContext } from './fixtures/card-context.js';
import { MULTICLASS_REPORT } from './fixtures/multiclass-report.js';
import { REGRESSION_REPORT } from './fixtures/regression-report.js';
import { modelCardFileName, modelCardHtml } from './model-card.js';
import { tagProblems } from './tag-balance.js';

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

/** The markup of `<section id="…">` up to its closing tag (sections do not nest). */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

/** The cells of the first table's body rows in `html`, as text. */
function bodyRows(html: string): string[][] {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return body
    .split('<tr')
    .slice(1)
    .map((tr) => [...tr.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '')));
}

const binary = modelCardHtml(cardContext(BINARY_REPORT));
const regression = modelCardHtml(cardContext(REGRESSION_REPORT));

describe('model card of a binary classifier', () => {
  it('has every section, in order', () => {
    const ids = [...binary.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'data',
      'parameters',
      'metrics',
      'slices',
      'robustness',
      'latency',
      'champion',
      'gate',
    ]);
  });

  it('shows the header: model, version, task, date and the failed verdict', () => {
    const header = binary.slice(binary.indexOf('<header'), binary.indexOf('</header>'));
    expect(header).toContain('<h1>adult · version 3 <span class="badge fail verdict">Failed</span></h1>');
    expect(header).toContain('<dd>Binary classification</dd>');
    expect(header).toContain('<dd>2025-03-04 13:05 UTC</dd>');
    expect(header).toContain('<dd>&lt;=50K, &gt;50K</dd>');
    expect(header).toContain('failed: 3 of 4 checks passed');
  });

  it('shows the data: dataset, version, source, rows and dropped rows', () => {
    const data = sectionOf(binary, 'data');
    expect(data).toContain('<dd>adult</dd>');
    expect(data).toContain('<dd>v2</dd>');
    expect(data).toContain('The model version&#39;s held-out test split');
    expect(data).toContain('<dd>6,520</dd>');
    // 7 of 6,520 rows = 0.107 %
    expect(data).toContain('<dd>7 (0.107%): target missing or a class the model never saw</dd>');
  });

  it('lists the template and the training parameters, without the other template', () => {
    const params = sectionOf(binary, 'parameters');
    expect(params).toContain('<dd>mlp</dd>');
    expect(params).toContain('<code>learningRate</code></td><td class="text">0.001</td>');
    expect(params).toContain('<code>mlp.units</code></td><td class="text">128</td>');
    expect(params).toContain(
      '<code>pipeline.datetimeParts</code></td><td class="text">year, month, weekday, hour</td>',
    );
    expect(params).not.toContain('text.embeddingDim');
  });

  it('formats the classification metrics to 4 significant digits', () => {
    const metrics = sectionOf(binary, 'metrics');
    for (const [name, value] of [
      ['Accuracy', '0.852'],
      ['Balanced accuracy', '0.7651'],
      ['ROC-AUC', '0.9061'],
      ['Average precision', '0.7634'],
      ['Log loss', '0.3187'],
      ['ECE', '0.02173'],
      ['Decision threshold', '0.5'],
    ]) {
      expect(metrics).toContain(`<div class="name">${name}</div><div class="val">${value}</div>`);
    }
    expect(bodyRows(metrics)).toEqual([
      ['Macro', '0.8087', '0.7651', '0.7829'],
      ['Weighted', '0.8455', '0.852', '0.8464'],
    ]);
    const perClass = metrics.slice(metrics.indexOf('Per class'));
    expect(bodyRows(perClass)).toEqual([
      ['&lt;=50K', '4,945', '0.8796', '0.9327', '0.9054', '0.9061', '0.9681'],
      ['&gt;50K', '1,568', '0.7378', '0.5976', '0.6603', '0.9061', '0.7634'],
    ]);
  });

  it('draws the confusion matrix, ROC, PR and reliability charts', () => {
    const metrics = sectionOf(binary, 'metrics');
    expect(count(metrics, '<figure class="chart"')).toBe(4);
    expect(count(metrics, '<rect class="cell"')).toBe(4);
    for (const n of ['4,612', '333', '631', '937']) expect(metrics).toContain(`>${n}</text>`);
    // one curve each for ROC, PR and the reliability diagram
    expect(count(metrics, '<path class="series"')).toBe(3);
    // chance diagonal (ROC), prevalence line (PR), perfect calibration
    expect(count(metrics, '<path class="reference"')).toBe(3);
    // 10 calibration bins, 2 of them empty
    expect(count(metrics, '<circle class="marker"')).toBe(8);
    // ROC has 7 points: M + 6 L
    const roc = metrics.slice(metrics.indexOf('ROC curve</title>'));
    const d = /<path class="series" d="([^"]+)"/.exec(roc)?.[1] ?? '';
    expect(d.split('L')).toHaveLength(7);
    expect(metrics).toContain('&gt;50K (AUC 0.9061)');
    expect(metrics).toContain('chance (24.1% positive)');
  });

  it('lists the worst 15 slices with flags and reasons, and counts all of them', () => {
    const slices = sectionOf(binary, 'slices');
    expect(slices).toContain('20 slices over 10 features; 3 flagged.');
    expect(slices).toContain('Worst 15 of 20 slices');
    const rows = bodyRows(slices);
    expect(rows).toHaveLength(15);
    expect(rows[0]).toEqual([
      'marital-status',
      'Married-civ-spouse',
      'category',
      '2,981',
      '0.7712',
      '-0.0808',
      'Flagged accuracy 0.7712 is 0.081 below overall on 2981 rows',
    ]);
    expect(rows[3]?.[2]).toBe('range');
    expect(rows[7]?.[2]).toBe('missing');
    expect(rows[14]?.[1]).toBe(BINARY_SLICES[14]?.value);
    expect(rows.map((r) => r[1])).not.toContain('Female');
    expect(count(slices, '<tr class="flagged">')).toBe(3);
  });

  it('shows robustness: score, two degradation curves, sensitivity bars and the tables', () => {
    const r = sectionOf(binary, 'robustness');
    expect(r).toContain('<div class="name">Robustness score</div><div class="val">93.1%</div>');
    expect(count(r, '<path class="series"')).toBe(2);
    expect(count(r, '<circle class="marker"')).toBe(8);
    expect(count(r, '<rect class="bar"')).toBe(5);
    expect(r).toContain('baseline 0.8525');
    expect(r).toContain('>40%</text>');
    for (const title of [
      'Unseen categories',
      'Shift (+1 std, × 1.5 spread)',
      'Re-weighted sub-populations',
    ]) {
      expect(r).toContain(`<h3>${title}</h3>`);
    }
    expect(r).toContain('<td class="text">Female share 33% → 67%</td>');
    // 0.8822 − 0.8525
    expect(r).toContain('<span class="better">+0.0297</span>');
  });

  it('shows latency of candidate and production side by side, with both histograms', () => {
    const l = sectionOf(binary, 'latency');
    expect(l).toContain('Load: 200 req/s, 8 connections, 10 s.');
    const rows = bodyRows(l);
    expect(rows[1]).toEqual(['p95', '6.8 ms', '5.1 ms', '+1.7 ms']);
    expect(rows[6]).toEqual(['Error rate', '0.15%', '0%', '+0.15%']);
    expect(count(l, '<figure class="chart"')).toBe(2);
    expect(count(l, '<rect class="bar"')).toBe(8 + 6);
  });

  it('compares champion and challenger on the same metrics', () => {
    const c = sectionOf(binary, 'champion');
    const rows = bodyRows(c);
    expect(rows[0]).toEqual(['Accuracy', '0.852', '0.8431', '+0.008888']);
    expect(rows.find((r) => r[0] === 'Log loss')).toEqual(['Log loss', '0.3187', '0.3391', '-0.02037']);
    expect(rows.find((r) => r[0] === 'Robustness score')).toEqual([
      'Robustness score',
      '0.9312',
      '0.9107',
      '+0.0205',
    ]);
    expect(c).toContain('<span class="better">-0.02037</span>');
    expect(c).toContain('<span class="worse">+1.7</span>');
  });

  it('shows every gate check with observed value, threshold, production value, result and note', () => {
    const g = sectionOf(binary, 'gate');
    expect(g).toContain('3 of 4 checks passed');
    const rows = bodyRows(g);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'roc_auc at most 0.01 below production',
      '0.9061',
      '0.8877',
      '0.8977',
      'Passed',
      '',
    ]);
    expect(rows[2]).toEqual([
      'slice marital-status: accuracy ≥ 0.8',
      '0.7712',
      '0.8',
      '—',
      'Failed',
      'worst slice marital-status = Married-civ-spouse (2981 rows) is 0.0288 below the minimum',
    ]);
    expect(count(g, '<tr class="failed">')).toBe(1);
  });
});

describe('model card of a multiclass classifier', () => {
  const html = modelCardHtml(cardContext(MULTICLASS_REPORT));
  const metrics = sectionOf(html, 'metrics');

  it('draws one ROC and one PR curve per class and a 3 × 3 confusion matrix', () => {
    expect(count(metrics, '<rect class="cell"')).toBe(9);
    // 3 ROC + 3 PR + 1 reliability
    expect(count(metrics, '<path class="series"')).toBe(7);
    // chance diagonal and perfect calibration; no prevalence line without a single positive class
    expect(count(metrics, '<path class="reference"')).toBe(2);
    expect(metrics).toContain('virginica (AUC 0.9889)');
    expect(metrics).toContain('versicolor (AP 0.9612)');
  });

  it('shows no decision threshold', () => {
    expect(metrics).not.toContain('Decision threshold');
    expect(html).toContain('<dd>Multiclass classification</dd>');
  });
});

describe('model card safety', () => {
  const hostile = EvaluationReport.parse({
    ...BINARY_REPORT,
    modelName: `<img src=x onerror="alert(1)"> & 'co'`,
  });
  const html = modelCardHtml(cardContext(hostile));

  it('escapes every string from the report', () => {
    expect(binary).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(binary).not.toContain(EVIL_CATEGORY);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;co&#39;');
    expect(html).not.toContain('<img');
  });

  it('has no scripts, external links, fonts or URLs', () => {
    for (const doc of [binary, regression, html]) {
      expect(doc).not.toMatch(/<script/i);
      expect(doc).not.toMatch(/<link/i);
      expect(doc).not.toMatch(/<iframe|<object|<embed/i);
      expect(doc).not.toMatch(/https?:\/\//i);
      expect(doc).not.toMatch(/url\(|@import|@font-face/i);
      // no src/href attribute on any tag (escaped text like "&lt;img src=x" is not a tag)
      expect(doc).not.toMatch(/<[^>]*\s(src|href)=/i);
    }
  });

  it('forbids loading anything with a content security policy', () => {
    expect(binary).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;`,
    );
  });

  it('is a well-formed document once written to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-card-'));
    try {
      for (const [name, doc] of [
        ['binary.html', binary],
        ['regression.html', regression],
        ['hostile.html', html],
      ] as const) {
        const file = join(dir, name);
        writeFileSync(file, doc, 'utf8');
        const back = readFileSync(file, 'utf8');
        expect(back.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">')).toBe(true);
        expect(tagProblems(back)).toEqual([]);
        expect(count(back, '<section ')).toBe(count(back, '</section>'));
        expect(count(back, '<svg ')).toBe(count(back, '</svg>'));
        expect(back.trimEnd().endsWith('</html>')).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('model card of a regression model with nothing optional run', () => {
  it('shows the regression metrics and charts, not the classification ones', () => {
    const metrics = sectionOf(regression, 'metrics');
    for (const [name, value] of [
      ['MAE', '21,451'],
      ['RMSE', '32,110'],
      ['R²', '0.8312'],
      ['MAPE', '12.3%'],
    ]) {
      expect(metrics).toContain(`<div class="name">${name}</div><div class="val">${value}</div>`);
    }
    expect(count(metrics, '<circle class="point"')).toBe(12);
    expect(count(metrics, '<rect class="bar"')).toBe(9);
    expect(metrics).toContain('Predicted vs actual (12 sampled rows)');
    for (const absent of [
      'ROC curve',
      'Confusion matrix',
      'Reliability',
      'ROC-AUC',
      'Decision threshold',
      'class="cell"',
    ]) {
      expect(regression).not.toContain(absent);
    }
  });

  it('says robustness and latency were not run, and leaves out champion vs challenger', () => {
    expect(sectionOf(regression, 'robustness')).toContain(
      '<p class="not-run">Not run: this evaluation did not include robustness tests.</p>',
    );
    expect(sectionOf(regression, 'latency')).toContain(
      '<p class="not-run">Not run: this evaluation did not include a load test.</p>',
    );
    expect(sectionOf(regression, 'robustness')).not.toContain('<svg');
    expect(regression).not.toContain('<section id="champion"');
    expect(regression).toContain('<span class="badge pass verdict">Passed</span>');
  });

  it('ranks slices by MAE, where a positive change is worse', () => {
    const slices = sectionOf(regression, 'slices');
    expect(slices).toContain('Overall MAE: 21,451.');
    expect(slices).toContain('<span class="worse">+18,760</span>');
    expect(sectionOf(regression, 'data')).toContain('<dd>0 (0%): target missing</dd>');
  });

  it('shows the text template parameters when the model uses it', () => {
    const ctx = cardContext(REGRESSION_REPORT);
    const text = modelCardHtml({
      ...ctx,
      metadata: { ...ctx.metadata, params: { ...ctx.metadata.params, template: 'text' } },
    });
    expect(sectionOf(text, 'parameters')).toContain(
      '<code>text.embeddingDim</code></td><td class="text">64</td>',
    );
  });
});

describe('modelCardFileName', () => {
  it('names the file after the model and version with safe characters only', () => {
    expect(modelCardFileName(BINARY_REPORT)).toBe('adult-v3-model-card.html');
    const named = (modelName: string) => modelCardFileName({ ...BINARY_REPORT, modelName, version: 12 });
    expect(named('Modèle «Prix» / v2 <b>')).toBe('modele-prix-v2-b-v12-model-card.html');
    expect(named('../../etc/passwd')).toBe('etc-passwd-v12-model-card.html');
    expect(named('房价')).toBe('model-v12-model-card.html');
  });
});
