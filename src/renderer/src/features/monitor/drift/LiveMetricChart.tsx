import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LiveMetrics, MonitorSeries } from '../../../../../shared/monitor-report';
import { TICK, TOOLTIP_STYLE } from '../../evaluate/report/chart-style';
import { formatMetric, formatTick } from '../../train/lib/format-train';
import { hasLiveMetric, liveRows } from '../lib/live-series';
import { liveMetricTitle } from '../lib/summary-text';

/** The live metric per window (line, left axis) over the labeled predictions per window (bars, right axis). */
export function LiveMetricChart({
  series,
  name,
  evaluated,
}: {
  series: MonitorSeries;
  name: LiveMetrics['name'];
  evaluated: number | null;
}) {
  const rows = useMemo(() => liveRows(series), [series]);
  const title = liveMetricTitle(name);
  const labeled = rows.reduce((n, r) => n + r.labeled, 0);
  return (
    <figure
      className="curve-chart"
      data-testid="monitor-live-chart"
      data-points={rows.length}
      data-labeled={labeled}
    >
      <figcaption className="curve-caption">
        <span className="curve-title">{title} per window</span>
        <span className="muted curve-summary">
          {labeled.toLocaleString('en-US')} labeled predictions
          {evaluated === null ? '' : ` · dashed: evaluated ${formatMetric(evaluated)}`}
        </span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted curve-empty">No windows with traffic yet.</p>
      ) : (
        <>
          {!hasLiveMetric(rows) && (
            <p className="muted monitor-chart-note">
              No feedback labels yet: the metric appears once true labels are sent for these predictions.
            </p>
          )}
          <ComposedChart
            responsive
            style={{ width: '100%', height: 200 }}
            data={rows}
            margin={{ top: 6, right: 4, bottom: 0, left: 0 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={TICK} stroke="var(--text-muted)" interval="preserveStartEnd" />
            <YAxis
              yAxisId="metric"
              tick={TICK}
              stroke="var(--text-muted)"
              tickFormatter={formatTick}
              width={44}
              domain={name === 'accuracy' ? [0, 1] : [0, 'auto']}
            />
            <YAxis
              yAxisId="labeled"
              orientation="right"
              tick={TICK}
              stroke="var(--text-muted)"
              tickFormatter={formatTick}
              width={40}
              allowDecimals={false}
            />
            <Tooltip
              contentStyle={TOOLTIP_STYLE}
              formatter={(v) => (typeof v === 'number' ? formatMetric(v) : String(v ?? '—'))}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar
              yAxisId="labeled"
              dataKey="labeled"
              name="labeled"
              fill="var(--chart-3)"
              fillOpacity={0.35}
              isAnimationActive={false}
            />
            <Line
              yAxisId="metric"
              dataKey="metric"
              name={title.replace('Live ', 'live ')}
              stroke="var(--chart-1)"
              strokeWidth={2}
              dot={{ r: 2.5 }}
              connectNulls
              isAnimationActive={false}
            />
            {evaluated !== null && (
              <ReferenceLine yAxisId="metric" y={evaluated} stroke="var(--chart-4)" strokeDasharray="5 4" />
            )}
          </ComposedChart>
        </>
      )}
    </figure>
  );
}
