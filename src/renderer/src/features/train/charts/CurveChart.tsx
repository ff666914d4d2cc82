import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMetric, formatTick } from '../lib/format-train';

export interface CurveLine {
  key: string;
  name: string;
  color: string;
  /** Dots at each point (epoch ends); in-epoch series draw none. */
  dots?: boolean;
  dashed?: boolean;
  thin?: boolean;
}

export type CurveRow = { x: number } & Partial<Record<string, number>>;

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 };

/**
 * Lines over epochs (x may be fractional: points inside an epoch), drawn as the data arrives
 * (no animation). `data-points` and `data-epochs` say how many points it draws, for tests and
 * screen-reader summaries alike.
 */
export function CurveChart({
  title,
  testId,
  data,
  lines,
  epochs,
  summary,
  height = 220,
  logY = false,
}: {
  title: string;
  testId: string;
  data: CurveRow[];
  lines: CurveLine[];
  /** How many of the rows are epoch ends. */
  epochs: number;
  /** One line in words: the latest values. */
  summary: string;
  height?: number;
  logY?: boolean;
}) {
  return (
    <figure className="curve-chart" data-testid={testId} data-points={data.length} data-epochs={epochs}>
      <figcaption className="curve-caption">
        <span className="curve-title">{title}</span>
        <span className="muted curve-summary">{summary}</span>
      </figcaption>
      {data.length === 0 ? (
        <p className="muted curve-empty" style={{ height }}>
          The curve appears with the first numbers the run reports.
        </p>
      ) : (
        <LineChart
          responsive
          style={{ width: '100%', height }}
          data={data}
          margin={{ top: 6, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
          />
          <YAxis
            tick={{ fontSize: 11 }}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
            width={52}
            domain={['auto', 'auto']}
            scale={logY ? 'log' : 'auto'}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelFormatter={(x) => `epoch ${formatTick(Number(x))}`}
            formatter={(v) => (typeof v === 'number' ? formatMetric(v) : String(v))}
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
              strokeWidth={l.thin ? 1 : 2}
              strokeOpacity={l.thin ? 0.55 : 1}
              strokeDasharray={l.dashed ? '5 4' : undefined}
              dot={l.dots ? { r: 2.5 } : false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </figure>
  );
}
