import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatPercent } from '../lib/format';

/** The target's class counts (or binned values for regression) as a bar chart with shares. */
export function TargetDistribution({
  target,
}: {
  target: { name: string; distribution: { value: string; count: number }[] };
}) {
  const total = target.distribution.reduce((a, d) => a + d.count, 0);
  return (
    <section
      className="card target-distribution"
      aria-labelledby="target-dist-title"
      data-testid="target-distribution"
    >
      <h4 id="target-dist-title" className="profile-card-title">
        Target: {target.name}
      </h4>
      <ul className="target-shares">
        {target.distribution.slice(0, 12).map((d) => (
          <li key={d.value}>
            <span className="mono">{d.value}</span> {formatCount(d.count)}{' '}
            <span className="muted">({formatPercent(d.count, total)})</span>
          </li>
        ))}
      </ul>
      <BarChart
        responsive
        style={{ width: '100%', height: 140 }}
        data={target.distribution}
        margin={{ top: 4, right: 8, bottom: 0, left: -10 }}
      >
        <XAxis
          dataKey="value"
          tick={{ fontSize: 11 }}
          stroke="var(--text-muted)"
          interval="preserveStartEnd"
        />
        <YAxis
          tick={{ fontSize: 10 }}
          stroke="var(--text-muted)"
          tickFormatter={(v: number) => formatCount(v)}
          width={56}
        />
        <Tooltip
          cursor={{ fill: 'var(--surface-hover)' }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 }}
          formatter={(v) => [formatCount(Number(v)), 'rows']}
        />
        <Bar dataKey="count" fill="var(--chart-4)" isAnimationActive={false} />
      </BarChart>
    </section>
  );
}
