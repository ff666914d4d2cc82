import { useMemo } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact, formatCount, formatNumber } from '../lib/format';

/** A numeric column's histogram as bars (bin i spans edges[i]..edges[i+1]). */
export function HistogramChart({
  name,
  histogram,
}: {
  name: string;
  histogram: { edges: number[]; counts: number[] };
}) {
  const data = useMemo(
    () =>
      histogram.counts.map((count, i) => ({
        bin: `${formatNumber(histogram.edges[i], 3)}–${formatNumber(histogram.edges[i + 1], 3)}`,
        from: formatNumber(histogram.edges[i], 3),
        count,
      })),
    [histogram],
  );
  return (
    <figure className="profile-chart" data-testid="histogram">
      <figcaption className="visually-hidden">Histogram of {name}</figcaption>
      <BarChart
        responsive
        style={{ width: '100%', height: 120 }}
        data={data}
        margin={{ top: 4, right: 6, bottom: 0, left: 0 }}
        barCategoryGap={1}
      >
        <XAxis
          dataKey="from"
          tick={{ fontSize: 10 }}
          stroke="var(--text-muted)"
          interval="preserveStartEnd"
          minTickGap={16}
        />
        <YAxis tick={{ fontSize: 10 }} stroke="var(--text-muted)" tickFormatter={formatCompact} width={36} />
        <Tooltip
          cursor={{ fill: 'var(--surface-hover)' }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 }}
          labelFormatter={(_, payload) => String(payload?.[0]?.payload?.bin ?? '')}
          formatter={(v) => [formatCount(Number(v)), 'rows']}
        />
        <Bar dataKey="count" fill="var(--chart-1)" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
