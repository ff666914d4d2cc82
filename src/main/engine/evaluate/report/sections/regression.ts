/** Regression metrics: MAE, RMSE, R², MAPE, predicted vs actual, and the residual histogram. */
import type { RegressionMetrics } from '../../../../../shared/evaluate.js';
import { histogram } from '../charts/histogram.js';
import { scatter } from '../charts/scatter.js';
import { formatNumber, formatPercent } from '../format.js';
import { type Html, h } from '../html.js';
import { section, tiles } from './parts.js';

/** The metrics section of a regression model. */
export function regressionSection(m: RegressionMetrics): Html {
  return section(
    'metrics',
    'Metrics',
    tiles([
      ['MAE', formatNumber(m.mae)],
      ['RMSE', formatNumber(m.rmse)],
      ['R²', formatNumber(m.r2)],
      ['MAPE', formatPercent(m.mape)],
      ['Rows', formatNumber(m.rows)],
    ]),
    h('h3', null, 'Charts'),
    h(
      'div',
      { class: 'charts' },
      scatter({
        title: `Predicted vs actual (${formatNumber(m.points.length)} sampled rows)`,
        xLabel: 'Actual',
        yLabel: 'Predicted',
        points: m.points.map((p) => ({ x: p.actual, y: p.predicted })),
        diagonal: true,
      }),
      histogram({ title: 'Residuals', xLabel: 'Residual (actual − predicted)', bins: m.residualHistogram }),
    ),
  );
}
