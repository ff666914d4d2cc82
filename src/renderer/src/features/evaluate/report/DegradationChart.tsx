import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { RobustnessPoint } from '../../../../../shared/evaluate';
import { formatMetric, formatTick } from '../../train/lib/format-train';
import { formatShare } from '../lib/format-eval';
import { metricLabel } from '../lib/metric-names';
import { degradationRows } from '../lib/robustness';
import { TICK, TOOLTIP_STYLE } from './chart-style';

/** A degradation curve: the main metric (left axis) and the share of changed predictions (right) by strength. */
export function DegradationChart({
  title,
  testId,
  points,
  metric,
  strengthLabel,
}: {
  title: string;
  testId: string;
  points: RobustnessPoint[];
  metric: string;
  strengthLabel: (x: number) => string;
}) {
  const rows = useMemo(() => degradationRows(points), [points]);
  return (
    <figure className="curve-chart eval-chart" data-testid={testId} data-points={rows.length}>
      <figcaption className="curve-caption">
        <span className="curve-title">{title}</span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted curve-empty" style={{ height: 180 }}>
          Not measured for this model.
        </p>
      ) : (
        <LineChart
          responsive
          style={{ width: '100%', height: 200 }}
          data={rows}
          margin={{ top: 6, right: 4, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={['dataMin', 'dataMax']}
            tick={TICK}
            stroke="var(--text-muted)"
            tickFormatter={strengthLabel}
          />
          <YAxis
            yAxisId="metric"
            tick={TICK}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
            width={44}
            domain={['auto', 'auto']}
          />
          <YAxis
            yAxisId="flip"
            orientation="right"
            tick={TICK}
            stroke="var(--text-muted)"
            tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
            width={40}
            domain={[0, 'auto']}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelFormatter={(x) => strengthLabel(Number(x))}
            formatter={(v, name) =>
              typeof v === 'number'
                ? name === 'predictions changed'
                  ? formatShare(v)
                  : formatMetric(v)
                : String(v)
            }
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            yAxisId="metric"
            dataKey="metric"
            name={metricLabel(metric)}
            stroke="var(--chart-1)"
            strokeWidth={2}
            dot={{ r: 2.5 }}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            yAxisId="flip"
            dataKey="flipRate"
            name="predictions changed"
            stroke="var(--chart-2)"
            strokeWidth={2}
            strokeDasharray="5 4"
            dot={{ r: 2.5 }}
            isAnimationActive={false}
          />
        </LineChart>
      )}
    </figure>
  );
}
