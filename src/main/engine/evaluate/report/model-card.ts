/**
 * The model card: one self-contained HTML file describing an evaluation (data, training
 * parameters, metrics and charts, slices, robustness, latency, champion vs challenger, gate).
 * Opens offline in any browser: inline CSS, inline SVG charts, no scripts, no external URLs;
 * every string from the report is escaped.
 */
import type { EvaluationReport } from '../../../../shared/evaluate.js';
import type { ModelMetadata } from '../../../../shared/train.js';
import { formatDate, formatNumber } from './format.js';
import { h, trusted } from './html.js';
import { championSection } from './sections/champion.js';
import { classificationSection } from './sections/classification.js';
import { type DatasetInfo, dataSection } from './sections/data.js';
import { gateSection } from './sections/gate.js';
import { headerSection } from './sections/header.js';
import { latencySection } from './sections/latency.js';
import { parametersSection } from './sections/parameters.js';
import { regressionSection } from './sections/regression.js';
import { robustnessSection } from './sections/robustness.js';
import { slicesSection } from './sections/slices.js';
import { MODEL_CARD_CSS } from './styles.js';

/** Everything the card shows. */
export interface ModelCardContext {
  report: EvaluationReport;
  /** From the version's metadata.json: template, params, labels, target, backend, dataset, createdAt … */
  metadata: ModelMetadata;
  /** Dataset display info (the report holds ids). */
  dataset: DatasetInfo;
  /** The app version writing the card. */
  appVersion: string;
}

/** Nothing may be fetched, run or embedded: styles inline only. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The card as one HTML document. */
export function modelCardHtml(ctx: ModelCardContext): string {
  const { report, metadata } = ctx;
  const title = `${report.modelName} v${report.version} — model card`;
  const doc = h(
    'html',
    { lang: 'en' },
    h(
      'head',
      null,
      h('meta', { charset: 'utf-8' }),
      h('meta', { 'http-equiv': 'Content-Security-Policy', content: CSP }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'generator', content: `AI Factory ${ctx.appVersion}` }),
      h('title', null, title),
      h('style', null, trusted(MODEL_CARD_CSS)),
    ),
    h(
      'body',
      null,
      h(
        'main',
        null,
        headerSection(report, metadata),
        dataSection(report, metadata, ctx.dataset),
        parametersSection(metadata),
        report.metrics.kind === 'classification'
          ? classificationSection(report.metrics)
          : regressionSection(report.metrics),
        slicesSection(report.slices),
        robustnessSection(report.robustness),
        latencySection(report.latency),
        championSection(report),
        gateSection(report.gate),
        h(
          'footer',
          null,
          `Written by AI Factory ${ctx.appVersion} from evaluation ${report.id} `,
          `(${formatDate(report.createdAt)}, ${formatNumber(report.seconds)} s).`,
        ),
      ),
    ),
  );
  return `<!doctype html>\n${doc.value}\n`;
}

/** A safe lower-case name made of a–z, 0–9 and single dashes (accents dropped), never empty. */
export function safeName(text: string, max = 60): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'model' : s;
}

/** The card's file name, e.g. "adult-v3-model-card.html". */
export function modelCardFileName(report: EvaluationReport): string {
  return `${safeName(report.modelName)}-v${report.version}-model-card.html`;
}
