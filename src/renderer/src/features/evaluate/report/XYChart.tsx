import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMetric, formatTick } from '../../train/lib/format-train';
import type { ChartSeries } from '../lib/chart-series';
import { TICK, TOOLTIP_STYLE } from './chart-style';

const DIAGONAL = [
  { x: 0, y: 0 },
  { x: 1, y: 1 },
];

/**
 * Lines on a unit square (ROC, PR, calibration): one series per class, each with its own points,
 * and optionally the dashed diagonal (chance for ROC, perfect calibration for reliability).
 */
export function XYChart({
  title,
  testId,
  series,
  xLabel,
  yLabel,
  diagonal,
  summary,
  dots = false,
}: {
  title: string;
  testId: string;
  series: ChartSeries[];
  xLabel: string;
  yLabel: string;
  /** The diagonal's legend name, or no diagonal. */
  diagonal?: string;
  summary?: string;
  dots?: boolean;
}) {
  const points = series.reduce((n, s) => n + s.points.length, 0);
  return (
    <figure
      className="curve-chart eval-chart"
      data-testid={testId}
      data-series={series.length}
      data-points={points}
    >
      <figcaption className="curve-caption">
        <span className="curve-title">{title}</span>
        {summary && <span className="muted curve-summary">{summary}</span>}
      </figcaption>
      {points === 0 ? (
        <p className="muted curve-empty" style={{ height: 220 }}>
          No points to draw for these rows.
        </p>
      ) : (
        <LineChart
          responsive
          style={{ width: '100%', height: 240 }}
          margin={{ top: 6, right: 14, bottom: 14, left: 0 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tick={TICK}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
            label={{
              value: xLabel,
              position: 'insideBottom',
              offset: -8,
              fontSize: 11,
              fill: 'var(--text-muted)',
            }}
          />
          <YAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tick={TICK}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
            width={44}
            label={{
              value: yLabel,
              angle: -90,
              position: 'insideLeft',
              offset: 12,
              fontSize: 11,
              fill: 'var(--text-muted)',
            }}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelFormatter={(x) => `${xLabel} ${formatMetric(Number(x))}`}
            formatter={(v) => (typeof v === 'number' ? formatMetric(v) : String(v))}
          />
          <Legend verticalAlign="top" height={26} wrapperStyle={{ fontSize: 12 }} />
          {diagonal && (
            <Line
              data={DIAGONAL}
              dataKey="y"
              name={diagonal}
              stroke="var(--text-muted)"
              strokeDasharray="4 4"
              strokeWidth={1}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          )}
          {series.map((s) => (
            <Line
              key={s.label}
              data={s.points}
              dataKey="y"
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              dot={dots ? { r: 3 } : false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </figure>
  );
}
