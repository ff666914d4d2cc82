import { useMemo } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, truncate } from '../lib/format';

const SHOWN = 8;

/** A categorical column's most frequent values as horizontal bars, the rest as one "other" bar. */
export function CategoryChart({
  name,
  top,
  otherCount,
}: {
  name: string;
  top: { value: string; count: number }[];
  otherCount: number;
}) {
  const data = useMemo(() => {
    const shown = top.slice(0, SHOWN).map((t) => ({ value: t.value, count: t.count }));
    const rest = top.slice(SHOWN).reduce((a, t) => a + t.count, 0) + otherCount;
    if (rest > 0) shown.push({ value: '(all others)', count: rest });
    return shown;
  }, [top, otherCount]);
  return (
    <figure className="profile-chart" data-testid="categories">
      <figcaption className="visually-hidden">Most frequent values of {name}</figcaption>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: '100%', height: 22 * data.length + 16 }}
        data={data}
        margin={{ top: 2, right: 8, bottom: 2, left: 4 }}
      >
        <XAxis type="number" hide />
        <YAxis
          type="category"
          dataKey="value"
          width={112}
          tick={{ fontSize: 10.5 }}
          tickFormatter={(v: string) => truncate(v, 17)}
          stroke="var(--text-muted)"
          interval={0}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-hover)' }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 }}
          formatter={(v) => [formatCount(Number(v)), 'rows']}
        />
        <Bar dataKey="count" fill="var(--chart-3)" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
