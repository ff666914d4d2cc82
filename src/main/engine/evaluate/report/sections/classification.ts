/**
 * Classification metrics: headline tiles, averaged and per-class scores, the confusion matrix,
 * ROC and precision–recall curves, and the reliability (calibration) diagram.
 */
import type { ClassCurve, ClassificationMetrics } from '../../../../../shared/evaluate.js';
import { heatmap } from '../charts/heatmap.js';
import { lineChart } from '../charts/line-chart.js';
import { formatNumber, formatPercent } from '../format.js';
import { type Html, h } from '../html.js';
import { dataTable, section, tiles } from './parts.js';

const UNIT: [number, number] = [0, 1];
const DIAGONAL = [
  { x: 0, y: 0 },
  { x: 1, y: 1 },
];

function curveSeries(
  curves: readonly ClassCurve[],
  scoreOf: (label: string) => number | null,
  score: string,
) {
  return curves.map((c) => ({
    name: `${c.label} (${score} ${formatNumber(scoreOf(c.label))})`,
    points: c.points,
  }));
}

/** The four charts: confusion matrix, ROC, PR and reliability. */
export function classificationCharts(m: ClassificationMetrics): Html {
  const byLabel = new Map(m.perClass.map((c) => [c.label, c]));
  const positive = m.pr.length === 1 ? byLabel.get(m.pr[0]?.label ?? '') : undefined;
  const prevalence = positive && m.rows > 0 ? positive.support / m.rows : null;
  const calibrated = m.calibration
    .filter((b) => b.meanPredicted !== null && b.fractionPositive !== null)
    .map((b) => ({ x: b.meanPredicted ?? 0, y: b.fractionPositive ?? 0 }));
  return h(
    'div',
    { class: 'charts' },
    heatmap({
      title: 'Confusion matrix',
      rowTitle: 'Actual',
      colTitle: 'Predicted',
      rowLabels: m.labels,
      colLabels: m.labels,
      values: m.confusion,
    }),
    lineChart({
      title: 'ROC curve',
      xLabel: 'False positive rate',
      yLabel: 'True positive rate',
      series: curveSeries(m.roc, (l) => byLabel.get(l)?.rocAuc ?? null, 'AUC'),
      references: [{ name: 'chance', points: DIAGONAL }],
      xDomain: UNIT,
      yDomain: UNIT,
    }),
    lineChart({
      title: 'Precision–recall curve',
      xLabel: 'Recall',
      yLabel: 'Precision',
      series: curveSeries(m.pr, (l) => byLabel.get(l)?.averagePrecision ?? null, 'AP'),
      references:
        prevalence === null
          ? []
          : [
              {
                name: `chance (${formatPercent(prevalence)} positive)`,
                points: [
                  { x: 0, y: prevalence },
                  { x: 1, y: prevalence },
                ],
              },
            ],
      xDomain: UNIT,
      yDomain: UNIT,
    }),
    lineChart({
      title: `Reliability diagram (ECE ${formatNumber(m.ece)})`,
      xLabel: 'Mean predicted probability',
      yLabel: 'Fraction positive',
      series: [{ name: 'model', points: calibrated }],
      references: [{ name: 'perfectly calibrated', points: DIAGONAL }],
      xDomain: UNIT,
      yDomain: UNIT,
      markers: true,
    }),
  );
}

/** The metrics section of a classifier. */
export function classificationSection(m: ClassificationMetrics): Html {
  return section(
    'metrics',
    'Metrics',
    tiles([
      ['Accuracy', formatNumber(m.accuracy)],
      ['Balanced accuracy', formatNumber(m.balancedAccuracy)],
      ['ROC-AUC', formatNumber(m.rocAuc)],
      ['Average precision', formatNumber(m.averagePrecision)],
      ['Log loss', formatNumber(m.logLoss)],
      ['ECE', formatNumber(m.ece)],
      ...(m.threshold === null ? [] : [['Decision threshold', formatNumber(m.threshold)] as const]),
    ]),
    m.threshold !== null &&
      h(
        'p',
        { class: 'muted' },
        `Class ${m.labels[1] ?? '1'} is predicted when its probability is at least ${formatNumber(m.threshold)}.`,
      ),
    h('h3', null, 'Averaged scores'),
    dataTable(
      [
        { label: 'Average', cell: (r: [string, ClassificationMetrics['macro']]) => r[0] },
        { label: 'Precision', num: true, cell: (r) => formatNumber(r[1].precision) },
        { label: 'Recall', num: true, cell: (r) => formatNumber(r[1].recall) },
        { label: 'F1', num: true, cell: (r) => formatNumber(r[1].f1) },
      ],
      [
        ['Macro', m.macro],
        ['Weighted', m.weighted],
      ],
    ),
    h('h3', null, 'Per class'),
    dataTable(
      [
        { label: 'Class', cell: (c: ClassificationMetrics['perClass'][number]) => c.label },
        { label: 'Support', num: true, cell: (c) => formatNumber(c.support) },
        { label: 'Precision', num: true, cell: (c) => formatNumber(c.precision) },
        { label: 'Recall', num: true, cell: (c) => formatNumber(c.recall) },
        { label: 'F1', num: true, cell: (c) => formatNumber(c.f1) },
        { label: 'ROC-AUC', num: true, cell: (c) => formatNumber(c.rocAuc) },
        { label: 'Average precision', num: true, cell: (c) => formatNumber(c.averagePrecision) },
      ],
      m.perClass,
    ),
    h('h3', null, 'Charts'),
    classificationCharts(m),
  );
}
