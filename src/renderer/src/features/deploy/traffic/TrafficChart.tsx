import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMetric, formatTick } from '../../train/lib/format-train';
import type { TrafficRow } from '../lib/stats-window';

export interface TrafficLine {
  key: keyof TrafficRow;
  name: string;
  color: string;
}

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 };

/** One live traffic chart over the last seconds (x: seconds before now), drawn without animation. */
export function TrafficChart({
  title,
  testId,
  rows,
  lines,
  summary,
  unit,
}: {
  title: string;
  testId: string;
  rows: TrafficRow[];
  lines: TrafficLine[];
  summary: string;
  unit: string;
}) {
  return (
    <figure className="curve-chart" data-testid={testId} data-points={rows.length}>
      <figcaption className="curve-caption">
        <span className="curve-title">{title}</span>
        <span className="muted curve-summary">{summary}</span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted curve-empty" style={{ height: 150 }}>
          Traffic shows here once the server runs.
        </p>
      ) : (
        <LineChart
          responsive
          style={{ width: '100%', height: 150 }}
          data={rows}
          margin={{ top: 6, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={['dataMin', 0]}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
            stroke="var(--text-muted)"
            tickFormatter={(x: number) => `${x}s`}
          />
          <YAxis
            tick={{ fontSize: 11 }}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
            width={48}
            domain={[0, 'auto']}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelFormatter={(x) => (Number(x) === 0 ? 'now' : `${-Number(x)} s ago`)}
            formatter={(v) => (typeof v === 'number' ? `${formatMetric(v)} ${unit}` : String(v))}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {lines.map((l) => (
            <Line
              key={l.key}
              className={`curve-line curve-${l.key}`}
              type="linear"
              dataKey={l.key}
              name={l.name}
              stroke={l.color}
              strokeWidth={2}
              dot={
                rows.filter((r) => r[l.key] !== undefined && r[l.key] !== null).length < 4
                  ? { r: 2.5 }
                  : false
              }
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </figure>
  );
}
