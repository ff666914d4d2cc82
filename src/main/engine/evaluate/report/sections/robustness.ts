/**
 * The "Robustness" section: the score, degradation curves under noise and missing values, the
 * per-feature sensitivity chart and the unseen-category, shift and re-weighting tables.
 */
import type { FeatureEffect, RobustnessPoint, RobustnessReport } from '../../../../../shared/evaluate.js';
import { barChart } from '../charts/bar-chart.js';
import { lineChart } from '../charts/line-chart.js';
import { formatNumber, formatPercent } from '../format.js';
import { type Child, type Html, h } from '../html.js';
import { metricLabel } from '../metric-values.js';
import { blocks, changeCell, dataTable, notRun, section, tiles } from './parts.js';

/** Most features the sensitivity chart shows. */
export const MAX_SENSITIVITY_BARS = 20;

function curve(
  r: RobustnessReport,
  title: string,
  xLabel: string,
  points: readonly RobustnessPoint[],
  percentX: boolean,
) {
  const label = metricLabel(r.metric);
  const hasMetric = points.some((p) => p.metric !== null);
  const xs = points.map((p) => p.strength);
  const fx = percentX ? (v: number) => formatPercent(v) : (v: number) => formatNumber(v);
  return lineChart({
    title,
    xLabel,
    yLabel: hasMetric ? label : 'Flip rate',
    series: [
      {
        name: hasMetric ? label : 'flip rate',
        points: points.map((p) => ({ x: p.strength, y: hasMetric ? (p.metric ?? Number.NaN) : p.flipRate })),
      },
    ],
    references:
      hasMetric && r.baseline !== null && xs.length > 0
        ? [
            {
              name: `baseline ${formatNumber(r.baseline)}`,
              points: [
                { x: Math.min(...xs), y: r.baseline },
                { x: Math.max(...xs), y: r.baseline },
              ],
            },
          ]
        : [],
    markers: true,
    formatX: fx,
  });
}

function curveTable(
  r: RobustnessReport,
  strength: string,
  points: readonly RobustnessPoint[],
  percentX: boolean,
) {
  return dataTable(
    [
      {
        label: strength,
        num: true,
        cell: (p: RobustnessPoint) => (percentX ? formatPercent(p.strength) : formatNumber(p.strength)),
      },
      { label: metricLabel(r.metric), num: true, cell: (p) => formatNumber(p.metric) },
      { label: 'Flip rate', num: true, cell: (p) => formatPercent(p.flipRate) },
    ],
    points,
  );
}

function delta(r: RobustnessReport, metric: number | null): number | null {
  return metric === null || r.baseline === null ? null : metric - r.baseline;
}

function effects<T extends FeatureEffect>(
  r: RobustnessReport,
  title: string,
  rows: readonly T[],
  extra?: (row: T) => Child,
): [string, Child] {
  return [
    title,
    rows.length === 0
      ? h('p', { class: 'muted' }, 'Nothing to test: no features of this kind.')
      : dataTable(
          [
            { label: 'Feature', cell: (x: T) => x.feature },
            ...(extra ? [{ label: 'Change', cell: extra }] : []),
            { label: metricLabel(r.metric), num: true, cell: (x: T) => formatNumber(x.metric) },
            { label: 'vs baseline', num: true, cell: (x: T) => changeCell(r.metric, delta(r, x.metric)) },
            { label: 'Flip rate', num: true, cell: (x: T) => formatPercent(x.flipRate) },
          ],
          rows,
        ),
  ];
}

/** The robustness section, or "not run". */
export function robustnessSection(r: RobustnessReport | null): Html {
  if (r === null) return section('robustness', 'Robustness', notRun('robustness tests'));
  const bars = r.sensitivity.slice(0, MAX_SENSITIVITY_BARS);
  return section(
    'robustness',
    'Robustness',
    tiles([
      ['Robustness score', formatPercent(r.score)],
      [`Baseline ${metricLabel(r.metric)}`, formatNumber(r.baseline)],
      ['Rows', formatNumber(r.rows)],
    ]),
    h(
      'p',
      { class: 'muted' },
      `The score is the share of the baseline ${metricLabel(r.metric)} kept under perturbation, averaged over the tests below.`,
    ),
    h(
      'div',
      { class: 'charts' },
      curve(r, 'Gaussian noise on numeric features', 'Noise (× feature std)', r.noise, false),
      curve(r, 'Values missing at random', 'Share of values missing', r.missingRates, true),
      barChart({
        title: 'Sensitivity by feature',
        valueLabel: 'Sensitivity score',
        bars: bars.map((s) => ({ label: s.feature, value: s.score })),
      }),
    ),
    r.sensitivity.length > bars.length &&
      h(
        'p',
        { class: 'muted' },
        `The ${formatNumber(bars.length)} most sensitive of ${formatNumber(r.sensitivity.length)} features.`,
      ),
    blocks([
      ['Noise', curveTable(r, 'Noise (× std)', r.noise, false)],
      ['Missing values at random', curveTable(r, 'Missing rate', r.missingRates, true)],
      effects(r, 'Each feature missing alone', r.missingByFeature),
      effects(r, 'Unseen categories', r.unseenCategories),
      effects(r, 'Shift (+1 std, × 1.5 spread)', r.shiftByFeature),
      effects(r, 'Re-weighted sub-populations', r.reweighting, (x) => x.description),
    ]),
  );
}
