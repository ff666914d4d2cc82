import type { LatencyReport, LatencyResult } from '../../../../../shared/evaluate';
import { formatLatency, formatRate, formatShare } from '../lib/format-eval';
import { latencyBars, latencyRows } from '../lib/latency';
import { CountBars } from './CountBars';

function LatencyHistogram({ result, title, color }: { result: LatencyResult; title: string; color: string }) {
  const data = latencyBars(result.histogram);
  return (
    <figure className="curve-chart eval-chart" data-testid="eval-latency-histogram" data-points={data.length}>
      <figcaption className="curve-caption">
        <span className="curve-title">{title}</span>
        <span className="muted curve-summary">p95 {formatLatency(result.p95)}</span>
      </figcaption>
      <CountBars data={data} height={170} unit="requests" color={color} empty="No requests answered." />
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
