import { useMemo } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { RegressionMetrics } from '../../../../../shared/evaluate';
import { formatCount } from '../../data/lib/format';
import { formatMetric, formatTick } from '../../train/lib/format-train';
import { identityDomain, residualBars } from '../lib/regression-plots';
import { CountBars } from './CountBars';
import { TICK, TOOLTIP_STYLE } from './chart-style';

/** Predicted against actual (with the identity line) and the histogram of residuals. */
export function RegressionPlots({ metrics }: { metrics: RegressionMetrics }) {
  const domain = useMemo(() => identityDomain(metrics.points), [metrics.points]);
  const bars = useMemo(() => residualBars(metrics.residualHistogram), [metrics.residualHistogram]);
  return (
    <div className="eval-charts">
      <figure
        className="curve-chart eval-chart"
        data-testid="eval-scatter"
        data-points={metrics.points.length}
      >
        <figcaption className="curve-caption">
          <span className="curve-title">Predicted vs actual</span>
          <span className="muted curve-summary">a sample of {formatCount(metrics.points.length)} rows</span>
        </figcaption>
        {!domain ? (
          <p className="muted curve-empty" style={{ height: 240 }}>
            No rows to draw.
          </p>
        ) : (
          <ScatterChart
            responsive
            style={{ width: '100%', height: 260 }}
            margin={{ top: 6, right: 14, bottom: 14, left: 0 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="predicted"
              type="number"
              name="predicted"
              domain={domain}
              tick={TICK}
              stroke="var(--text-muted)"
              tickFormatter={formatTick}
              label={{
                value: 'predicted',
                position: 'insideBottom',
                offset: -8,
                fontSize: 11,
                fill: 'var(--text-muted)',
              }}
            />
            <YAxis
              dataKey="actual"
              type="number"
              name="actual"
              domain={domain}
              tick={TICK}
              stroke="var(--text-muted)"
              tickFormatter={formatTick}
              width={52}
              label={{
                value: 'actual',
                angle: -90,
                position: 'insideLeft',
                offset: 12,
                fontSize: 11,
                fill: 'var(--text-muted)',
              }}
            />
            <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(v) => formatMetric(Number(v))} />
            <ReferenceLine
              segment={[
                { x: domain[0], y: domain[0] },
                { x: domain[1], y: domain[1] },
              ]}
              stroke="var(--text-muted)"
              strokeDasharray="4 4"
            />
            <Scatter
              data={metrics.points}
              fill="var(--chart-1)"
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          </ScatterChart>
        )}
      </figure>
      <figure className="curve-chart eval-chart" data-testid="eval-residuals" data-points={bars.length}>
        <figcaption className="curve-caption">
          <span className="curve-title">Residuals (actual − predicted)</span>
        </figcaption>
        <CountBars data={bars} height={260} unit="rows" color="var(--chart-3)" empty="No residuals." />
      </figure>
    </div>
  );
}
