import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { RegressionMetrics } from '../../../../../shared/evaluate';
import { formatCompact, formatCount } from '../../data/lib/format';
import { formatMetric, formatTick } from '../../train/lib/format-train';
import { identityDomain, residualBars } from '../lib/regression-plots';
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
        {bars.length === 0 ? (
          <p className="muted curve-empty" style={{ height: 240 }}>
            No residuals.
          </p>
        ) : (
          <BarChart
            responsive
            style={{ width: '100%', height: 260 }}
            data={bars}
            margin={{ top: 6, right: 6, bottom: 0, left: 0 }}
            barCategoryGap={1}
          >
            <XAxis
              dataKey="label"
              tick={TICK}
              stroke="var(--text-muted)"
              interval="preserveStartEnd"
              minTickGap={18}
            />
            <YAxis tick={TICK} stroke="var(--text-muted)" tickFormatter={formatCompact} width={40} />
            <Tooltip
              cursor={{ fill: 'var(--surface-hover)' }}
              contentStyle={TOOLTIP_STYLE}
              formatter={(v) => [formatCount(Number(v)), 'rows']}
            />
            <Bar dataKey="count" fill="var(--chart-3)" isAnimationActive={false} />
          </BarChart>
        )}
      </figure>
    </div>
  );
}
