import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact, formatCount } from '../../data/lib/format';
import { TICK, TOOLTIP_STYLE } from './chart-style';

/** A histogram of counts per labelled bucket (latency, residuals), or a line saying there is nothing. */
export function CountBars({
  data,
  height,
  unit,
  color,
  empty,
}: {
  data: { label: string; count: number }[];
  height: number;
  /** What is counted, for the tooltip: "requests", "rows". */
  unit: string;
  color: string;
  empty: string;
}) {
  if (data.length === 0) {
    return (
      <p className="muted curve-empty" style={{ height: height - 20 }}>
        {empty}
      </p>
    );
  }
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 4, right: 6, bottom: 0, left: 0 }}
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
        formatter={(v) => [formatCount(Number(v)), unit]}
      />
      <Bar dataKey="count" fill={color} isAnimationActive={false} />
    </BarChart>
  );
}
