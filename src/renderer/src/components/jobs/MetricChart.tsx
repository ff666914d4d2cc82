import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { chartKeys, type MetricPoint } from '../../store/jobs-state';

/** Series colours; CSS variables so they follow the theme. */
const COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'];

/** Three significant digits without trailing zeros: 16, 8.5, 0.0123, 1234. */
function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Math.abs(v) >= 1000 ? Math.round(v).toLocaleString() : String(Number(v.toPrecision(3)));
}

/**
 * A job's metrics per step as a small live line chart (one line per value name). Memoised: its
 * row re-renders on every progress event, the series changes only with metric events.
 */
export const MetricChart = memo(function MetricChart({
  kind,
  series,
}: {
  kind: string;
  series: MetricPoint[];
}) {
  const keys = useMemo(() => chartKeys(kind, series), [kind, series]);
  const data = useMemo(() => series.map((p) => ({ step: p.step, ...p.values })), [series]);
  const last = series[series.length - 1];
  const summary = keys
    .map((k) => {
      const v = last?.values[k];
      return v === undefined ? null : `${k} ${formatValue(v)}`;
    })
    .filter(Boolean)
    .join(', ');
  return (
    <figure className="metric-chart" data-testid="metric-chart">
      <figcaption className="metric-caption">
        <span>{keys.join(', ')} per step</span>
        <span className="muted">latest: {summary}</span>
      </figcaption>
      <LineChart
        responsive
        className="metric-chart-svg"
        style={{ width: '100%', height: 140 }}
        data={data}
        margin={{ top: 6, right: 8, bottom: 0, left: -12 }}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="step" tick={{ fontSize: 11 }} stroke="var(--text-muted)" />
        <YAxis tick={{ fontSize: 11 }} stroke="var(--text-muted)" tickFormatter={formatValue} width={48} />
        <Tooltip
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 }}
          labelFormatter={(step) => `step ${String(step)}`}
          formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))}
        />
        {keys.map((k, i) => (
          <Line
            key={k}
            type="monotone"
            dataKey={k}
            name={k}
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </figure>
  );
});
