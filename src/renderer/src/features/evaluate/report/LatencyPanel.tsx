import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { LatencyReport, LatencyResult } from '../../../../../shared/evaluate';
import { formatCompact, formatCount } from '../../data/lib/format';
import { formatLatency, formatRate, formatShare } from '../lib/format-eval';
import { latencyBars, latencyRows } from '../lib/latency';
import { TICK, TOOLTIP_STYLE } from './chart-style';

function LatencyHistogram({ result, title, color }: { result: LatencyResult; title: string; color: string }) {
  const data = latencyBars(result.histogram);
  return (
    <figure className="curve-chart eval-chart" data-testid="eval-latency-histogram" data-points={data.length}>
      <figcaption className="curve-caption">
        <span className="curve-title">{title}</span>
        <span className="muted curve-summary">p95 {formatLatency(result.p95)}</span>
      </figcaption>
      {data.length === 0 ? (
        <p className="muted curve-empty" style={{ height: 150 }}>
          No requests answered.
        </p>
      ) : (
        <BarChart
          responsive
          style={{ width: '100%', height: 170 }}
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
            formatter={(v) => [formatCount(Number(v)), 'requests']}
          />
          <Bar dataKey="count" fill={color} isAnimationActive={false} />
        </BarChart>
      )}
    </figure>
  );
}

/** The load test: percentiles, throughput, errors and the latency histogram, candidate beside production. */
export function LatencyPanel({ latency }: { latency: LatencyReport | null }) {
  if (!latency) {
    return (
      <section
        className="eval-panel"
        aria-labelledby="eval-latency-title"
        data-testid="eval-latency"
        data-run="false"
      >
        <h4 id="eval-latency-title" className="section-title">
          Latency under load
        </h4>
        <p className="muted">Not run: turn on the load test in the form above and evaluate again.</p>
      </section>
    );
  }
  const { candidate, production } = latency;
  const rows = latencyRows(latency);
  return (
    <section
      className="eval-panel"
      aria-labelledby="eval-latency-title"
      data-testid="eval-latency"
      data-run="true"
    >
      <div className="section-head">
        <h4 id="eval-latency-title" className="section-title">
          Latency under load
        </h4>
        <span className="muted">
          p50 <strong data-testid="eval-latency-p50">{formatLatency(candidate.p50)}</strong> · p95{' '}
          <strong data-testid="eval-latency-p95">{formatLatency(candidate.p95)}</strong> · p99{' '}
          <strong data-testid="eval-latency-p99">{formatLatency(candidate.p99)}</strong> ·{' '}
          {formatRate(candidate.throughput)} · errors {formatShare(candidate.errorRate)}
        </span>
      </div>
      <div className="table-scroll">
        <table className="mini-table eval-table eval-latency-table">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">
                v{candidate.version} (candidate)
              </th>
              {production && (
                <th scope="col" className="num">
                  v{production.version} (production)
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.candidate}</td>
                {production && <td className="num">{r.production}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="eval-charts">
        <LatencyHistogram
          result={candidate}
          title={`v${candidate.version} latency (ms)`}
          color="var(--chart-1)"
        />
        {production && (
          <LatencyHistogram
            result={production}
            title={`v${production.version} (production) latency (ms)`}
            color="var(--chart-2)"
          />
        )}
      </div>
    </section>
  );
}
